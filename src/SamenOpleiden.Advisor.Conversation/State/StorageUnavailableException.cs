using System.Data.Common;

namespace SamenOpleiden.Advisor.Conversation.State;

/// <summary>
/// The database cannot be reached right now (down, restarting, network). Nothing of the turn was
/// saved; the caller should ask the channel to retry later (503) rather than apologise for a bug.
/// </summary>
public sealed class StorageUnavailableException(Exception inner)
    : Exception("The conversation database is unavailable.", inner)
{
    /// <summary>Dutch text for a user whose turn could not be saved.</summary>
    public const string UserMessage = "Het lukt me even niet om je antwoord op te slaan. Probeer het zo nog eens.";

    /// <summary>True for this exception and for a transient database failure a store let through (e.g. a connection cut mid-query).</summary>
    public static bool Describes(Exception exception) =>
        exception is StorageUnavailableException or DbException { IsTransient: true }
        || (exception.InnerException is { } inner && Describes(inner));
}
