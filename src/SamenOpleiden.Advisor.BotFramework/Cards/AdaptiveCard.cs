using System.Text.Json.Serialization;

namespace SamenOpleiden.Advisor.BotFramework.Cards;

/// <summary>
/// An Adaptive Card 1.5, the highest version Teams renders; Web Chat 4.18 renders it too. Only the parts the advisor
/// uses are modelled, so a card cannot contain anything these types do not allow. Build one with <see cref="AdaptiveCardBuilder"/>.
/// </summary>
internal sealed record AdaptiveCard(IReadOnlyList<CardElement> Body)
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyName("type")]
    [JsonPropertyOrder(-3)]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-1)]
    public string Version => "1.5";

    /// <summary>The card's buttons; null when it has none.</summary>
    public IReadOnlyList<CardActionElement>? Actions { get; init; }

    /// <summary>What clients that cannot render the card show instead.</summary>
    public string? FallbackText { get; init; }
}
