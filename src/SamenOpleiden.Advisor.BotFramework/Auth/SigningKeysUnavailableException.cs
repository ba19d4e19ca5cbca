namespace SamenOpleiden.Advisor.BotFramework.Auth;

/// <summary>The channel's signing keys could not be fetched and none are cached.</summary>
internal sealed class SigningKeysUnavailableException(string message, Exception inner) : Exception(message, inner);
