using System.Text.Json.Serialization;

namespace SamenOpleiden.Advisor.BotFramework.Cards;

/// <summary>A button on a card. Only the two actions both Teams and Web Chat 4.18 handle are offered.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
internal abstract record CardActionElement(string Title);

/// <summary>
/// Sends <see cref="Data"/> back as the activity's <c>value</c>. The data is always an object, so Web Chat posts it as a
/// postBack and the bot can tell the buttons apart (bot-framework.md §1.5).
/// </summary>
internal sealed record SubmitAction(string Title, CardSubmitData Data) : CardActionElement(Title);

/// <summary>Opens a link in the client.</summary>
internal sealed record OpenUrlAction(string Title, Uri Url) : CardActionElement(Title);
