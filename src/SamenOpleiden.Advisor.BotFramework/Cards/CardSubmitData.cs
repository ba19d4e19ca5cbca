using System.Text.Json.Serialization;
using SamenOpleiden.Advisor.BotFramework.Schema;

namespace SamenOpleiden.Advisor.BotFramework.Cards;

/// <summary>
/// What an <see cref="SubmitAction"/> sends back, merged by the client with the card's input values. Each kind is
/// written as its own object (no type field): the channel reads it as described on the kind.
/// </summary>
[JsonPolymorphic]
[JsonDerivedType(typeof(TeamsChoiceData))]
[JsonDerivedType(typeof(WebChatChoiceData))]
[JsonDerivedType(typeof(FormSubmitData))]
internal abstract record CardSubmitData
{
    /// <summary>The member that carries a pressed choice's value; the channel adapters read it back.</summary>
    public const string ChoiceKey = "choice";
}

/// <summary>
/// A choice in Teams: <c>msteams</c> makes the click a <c>messageBack</c>, so the chat shows what was chosen
/// (<see cref="TeamsMessageBack.DisplayText"/>) and the bot gets the choice's value as text (bot-framework.md §4.4).
/// <see cref="Choice"/> carries the same value for a client that sends the data as <c>value</c>.
/// </summary>
internal sealed record TeamsChoiceData(string Choice, [property: JsonPropertyName("msteams")] TeamsMessageBack MessageBack) : CardSubmitData;

/// <summary>The <c>msteams</c> member of <see cref="TeamsChoiceData"/>.</summary>
internal sealed record TeamsMessageBack(string Text, string DisplayText)
{
    [JsonPropertyOrder(-1)]
    public string Type => "messageBack";
}

/// <summary>
/// A choice in Web Chat 4.18: data marked as a Bot Framework card action is performed as that action, here a
/// <c>messageBack</c> that shows the label in the transcript and sends the value as text, as its suggested actions do.
/// </summary>
internal sealed record WebChatChoiceData([property: JsonPropertyName("cardAction")] CardAction Action) : CardSubmitData
{
    [JsonPropertyName("__isBotFrameworkCardAction")]
    [JsonPropertyOrder(-1)]
    public bool IsBotFrameworkCardAction => true;
}

/// <summary>A form's send button: <c>{"form": name}</c>, which the client merges with the form's input values.</summary>
internal sealed record FormSubmitData(string Form) : CardSubmitData;
