namespace SamenOpleiden.Advisor.Conversation.Guessing;

/// <summary>
/// Counts wrong tries at region secrets (coordinator links, access codes) per bucket: per client, per region, in total.
/// Once any bucket of a try is full, every try in it is refused until its window ends, right or wrong, so a refusal
/// tells a guesser nothing. Kept in memory: each instance counts on its own.
/// </summary>
public sealed class GuessLimiter(GuessLimitOptions options, TimeProvider clock)
{
    private const int PurgeAbove = 10_000;
    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>The buckets a coordinator link counts in: the client's and the region's.</summary>
    public IReadOnlyList<GuessBucket> CoordinatorToken(string client, string regionId) =>
    [
        new("coordinator-client:" + client, options.CoordinatorTokenFailuresPerClient),
        new("coordinator-region:" + regionId, options.CoordinatorTokenFailuresPerRegion),
    ];

    /// <summary>The buckets an access code counts in: the client's and the one of all regions.</summary>
    public IReadOnlyList<GuessBucket> AccessCode(string client) =>
    [
        new("code-client:" + client, options.AccessCodeFailuresPerClient),
        new("code-all", options.AccessCodeFailuresInTotal),
    ];

    /// <summary>How long until a try in these buckets is allowed again; null when it is allowed now.</summary>
    public TimeSpan? BlockedFor(IReadOnlyList<GuessBucket> buckets)
    {
        var now = clock.GetUtcNow();
        TimeSpan? longest = null;
        lock (_windows)
        {
            foreach (var bucket in buckets)
            {
                if (_windows.TryGetValue(bucket.Key, out var window) && window.Failures >= bucket.Limit && window.Ends > now)
                {
                    var left = window.Ends - now;
                    longest = longest is null || left > longest ? left : longest;
                }
            }
        }

        return longest;
    }

    /// <summary>Counts one wrong try in each of the buckets.</summary>
    public void Failed(IReadOnlyList<GuessBucket> buckets)
    {
        var now = clock.GetUtcNow();
        lock (_windows)
        {
            if (_windows.Count > PurgeAbove)
            {
                foreach (var ended in _windows.Where(pair => pair.Value.Ends <= now).Select(pair => pair.Key).ToList())
                {
                    _windows.Remove(ended);
                }
            }

            foreach (var bucket in buckets)
            {
                _windows[bucket.Key] = _windows.TryGetValue(bucket.Key, out var window) && window.Ends > now
                    ? window with { Failures = window.Failures + 1 }
                    : new Window(1, now + options.Window);
            }
        }
    }

    private readonly record struct Window(int Failures, DateTimeOffset Ends);
}

/// <summary>One counter of wrong tries and how many it allows per window.</summary>
public readonly record struct GuessBucket(string Key, int Limit);
