namespace SamenOpleiden.Advisor.BotFramework.Auth;

/// <summary>Whether an inbound request may be processed; the failure reason is for the log, never for the caller.</summary>
internal sealed record AuthenticationResult(bool Succeeded, string? FailureReason)
{
    public static AuthenticationResult Success { get; } = new(true, null);

    public static AuthenticationResult Fail(string reason) => new(false, reason);
}
