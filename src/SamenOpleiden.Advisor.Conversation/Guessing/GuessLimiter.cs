namespace SamenOpleiden.Advisor.Conversation.Guessing;

/// <summary>
/// Counts wrong tries at region secrets (coordinator links, access codes) per bucket: per client, per region, in total.
/// Once any bucket of a try is full, every try in it is refused until its window ends, right or wrong, so a refusal
/// tells a guesser nothing. The counts are kept in <see cref="IGuessCounts"/>: the service's database, so every
/// instance on it counts the same tries.
/// </summary>
public sealed class GuessLimiter(GuessLimitOptions options, TimeProvider clock, IGuessCounts counts)
{
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
    public async Task<TimeSpan?> BlockedForAsync(IReadOnlyList<GuessBucket> buckets, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = await counts.ReadAsync([.. buckets.Select(bucket => bucket.Key)], now, cancellationToken);
        TimeSpan? longest = null;
        foreach (var bucket in buckets)
        {
            foreach (var count in open)
            {
                if (count.Key == bucket.Key && count.Failures >= bucket.Limit && (longest is null || count.Ends - now > longest))
                {
                    longest = count.Ends - now;
                }
            }
        }

        return longest;
    }

    /// <summary>Counts one wrong try in each of the buckets.</summary>
    public Task FailedAsync(IReadOnlyList<GuessBucket> buckets, CancellationToken cancellationToken) =>
        counts.CountAsync([.. buckets.Select(bucket => bucket.Key)], clock.GetUtcNow(), options.Window, cancellationToken);
}

/// <summary>One counter of wrong tries and how many it allows per window.</summary>
public readonly record struct GuessBucket(string Key, int Limit);
