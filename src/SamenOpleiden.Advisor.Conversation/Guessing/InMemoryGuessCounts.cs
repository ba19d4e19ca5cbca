namespace SamenOpleiden.Advisor.Conversation.Guessing;

/// <summary>Counts of wrong tries kept in this process only: for a conversation engine without storage (tests, tools).</summary>
public sealed class InMemoryGuessCounts : IGuessCounts
{
    // Ended windows are dropped once there are this many, so a guesser with many addresses cannot grow the map for ever.
    private const int PurgeAbove = 10_000;
    private readonly Dictionary<string, GuessCount> _counts = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<GuessCount>> ReadAsync(IReadOnlyList<string> keys, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_counts)
        {
            IReadOnlyList<GuessCount> open = [.. keys.Select(key => _counts.GetValueOrDefault(key)).Where(count => count.Ends > now)];
            return Task.FromResult(open);
        }
    }

    public Task CountAsync(IReadOnlyList<string> keys, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken)
    {
        lock (_counts)
        {
            if (_counts.Count > PurgeAbove)
            {
                foreach (var ended in _counts.Where(pair => pair.Value.Ends <= now).Select(pair => pair.Key).ToList())
                {
                    _counts.Remove(ended);
                }
            }

            foreach (var key in keys)
            {
                _counts[key] = _counts.TryGetValue(key, out var count) && count.Ends > now
                    ? count with { Failures = count.Failures + 1 }
                    : new GuessCount(key, 1, now + window);
            }
        }

        return Task.CompletedTask;
    }
}
