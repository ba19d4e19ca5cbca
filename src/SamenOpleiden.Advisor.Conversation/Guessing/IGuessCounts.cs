namespace SamenOpleiden.Advisor.Conversation.Guessing;

/// <summary>
/// Where <see cref="GuessLimiter"/> counts wrong tries, per bucket key and window. The storage's counts are shared by
/// every instance on one database, so running more instances does not multiply what a guesser may try;
/// <see cref="InMemoryGuessCounts"/> counts in one process only.
/// </summary>
public interface IGuessCounts
{
    /// <summary>The counts of those <paramref name="keys"/> whose window has not ended at <paramref name="now"/>.</summary>
    Task<IReadOnlyList<GuessCount>> ReadAsync(IReadOnlyList<string> keys, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Counts one wrong try under each key: one more in a window that has not ended, else the first of a new window
    /// that ends at <paramref name="now"/> + <paramref name="window"/>.
    /// </summary>
    Task CountAsync(IReadOnlyList<string> keys, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken);
}

/// <summary>The wrong tries under one bucket key in its current window.</summary>
public readonly record struct GuessCount(string Key, int Failures, DateTimeOffset Ends);
