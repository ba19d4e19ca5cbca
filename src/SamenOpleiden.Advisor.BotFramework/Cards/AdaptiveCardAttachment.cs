using System.Text.Json;
using System.Text.Json.Serialization;
using SamenOpleiden.Advisor.BotFramework.Schema;

namespace SamenOpleiden.Advisor.BotFramework.Cards;

/// <summary>Wraps a card as an activity attachment, with the card as a JSON object (a string renders blank in Web Chat).</summary>
internal static class AdaptiveCardAttachment
{
    private static readonly JsonSerializerOptions CardOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static Attachment From(AdaptiveCard card) => new()
    {
        ContentType = AdaptiveCard.ContentType,
        Content = ToJson(card),
    };

    public static JsonElement ToJson(AdaptiveCard card) => JsonSerializer.SerializeToElement(card, CardOptions);
}
