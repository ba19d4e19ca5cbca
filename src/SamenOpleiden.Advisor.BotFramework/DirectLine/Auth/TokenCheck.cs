namespace SamenOpleiden.Advisor.BotFramework.DirectLine.Auth;

/// <summary>The outcome of checking a token.</summary>
internal enum TokenCheck
{
    Valid,
    Invalid,
    Expired,
}
