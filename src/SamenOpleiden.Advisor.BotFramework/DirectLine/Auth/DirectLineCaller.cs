namespace SamenOpleiden.Advisor.BotFramework.DirectLine.Auth;

/// <summary>Who is calling: the secret holder (any conversation) or a token holder (one conversation).</summary>
internal sealed record DirectLineCaller(bool IsSecret, DirectLineTokenClaims? Token)
{
    public string? UserId => Token?.UserId;

    public bool MayUse(string conversationId) => IsSecret || Token!.ConversationId == conversationId;
}
