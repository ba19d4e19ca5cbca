using System.Text.Json.Serialization;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine;

/// <summary>Direct Line's Conversation object: what a client needs to talk and listen.</summary>
internal sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string StreamUrl);
