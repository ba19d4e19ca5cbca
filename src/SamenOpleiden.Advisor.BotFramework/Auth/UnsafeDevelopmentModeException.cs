namespace SamenOpleiden.Advisor.BotFramework.Auth;

/// <summary>
/// The service was about to accept unauthenticated activities on an address beyond loopback. The message says which
/// addresses and what to configure; the host prints it and exits instead of showing a stack trace.
/// </summary>
public sealed class UnsafeDevelopmentModeException(string message) : InvalidOperationException(message);
