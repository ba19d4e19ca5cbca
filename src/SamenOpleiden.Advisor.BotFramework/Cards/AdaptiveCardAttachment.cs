using System.Text.Json;
using SamenOpleiden.Advisor.BotFramework.Schema;

namespace SamenOpleiden.Advisor.BotFramework.Cards;

/// <summary>Wraps a card as an activity attachment, with the card as a JSON object (a string renders blank in Web Chat).</summary>
internal static class AdaptiveCardAttachment
{
    public static Attachment From(AdaptiveCard card) => new()
    {
        ContentType = AdaptiveCard.ContentType,
        Content = card,
    };

    /// <summary>The card's JSON exactly as it goes out inside an activity.</summary>
    public static JsonElement ToJson(AdaptiveCard card) => JsonSerializer.SerializeToElement(card, ActivityJson.Options);
}
