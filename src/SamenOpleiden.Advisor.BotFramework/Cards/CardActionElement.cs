using System.Text.Json.Serialization;

namespace SamenOpleiden.Advisor.BotFramework.Cards;

/// <summary>A button on a card. Only actions both Teams and Web Chat 4.18 handle are offered.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
internal abstract record CardActionElement(string Title);

/// <summary>
/// Sends <see cref="Data"/> back, merged with the card's inputs. The data is always an object, so the bot can tell the
/// buttons apart (bot-framework.md §1.5); its kind says how the channel shows the click.
/// </summary>
internal sealed record SubmitAction(string Title, CardSubmitData Data) : CardActionElement(Title)
{
    /// <summary>"positive" for a form's main button; null for the default look.</summary>
    public string? Style { get; init; }
}

/// <summary>Opens a link in the client.</summary>
internal sealed record OpenUrlAction(string Title, Uri Url) : CardActionElement(Title);

/// <summary>Shows more of the card below its buttons when pressed ("Meer"): long texts stay out of the way until asked for.</summary>
internal sealed record ShowCardAction(string Title, ShownCard Card) : CardActionElement(Title);

/// <summary>The card an <see cref="ShowCardAction"/> shows: body only, it inherits the version of the card around it.</summary>
internal sealed record ShownCard(IReadOnlyList<CardElement> Body)
{
    [JsonPropertyOrder(-1)]
    public string Type => "AdaptiveCard";
}
