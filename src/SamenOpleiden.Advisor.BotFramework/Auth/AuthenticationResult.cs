namespace SamenOpleiden.Advisor.BotFramework.Auth;

/// <summary>
/// Whether an inbound request may be processed; the failure reason is for the log, never for the caller.
/// <see cref="CouldNotCheck"/> means the token could not be checked at all (the channel's keys are unreachable), so the
/// channel should try again later rather than drop the message.
/// </summary>
internal sealed record AuthenticationResult(bool Succeeded, string? FailureReason, bool CouldNotCheck = false)
{
    public static AuthenticationResult Success { get; } = new(true, null);

    public static AuthenticationResult Fail(string reason) => new(false, reason);

    public static AuthenticationResult Unavailable(string reason) => new(false, reason, CouldNotCheck: true);
}
