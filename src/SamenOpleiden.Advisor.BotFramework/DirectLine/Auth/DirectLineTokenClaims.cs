namespace SamenOpleiden.Advisor.BotFramework.DirectLine.Auth;

/// <summary>What a valid token grants: one conversation, optionally as one user, until it expires.</summary>
internal sealed record DirectLineTokenClaims(string ConversationId, string? UserId, DateTimeOffset ExpiresAt);
