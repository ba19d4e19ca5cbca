using System.Text.Json.Serialization;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine;

/// <summary>A token for one conversation, as <c>/tokens/*</c> and the page's token endpoint return it.</summary>
internal sealed record TokenResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? UserId);
