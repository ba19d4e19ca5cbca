namespace SamenOpleiden.Advisor.Rephrasing.Caching;

/// <summary>
/// Remembers rephrasings that passed the guard, so the same advice is rephrased once. Only
/// guarded texts are stored; failures are not, so a later try may succeed. The Host may replace
/// the in-memory default with one in the store.
/// </summary>
public interface IRephrasingCache
{
    /// <summary>The rephrased texts by advice id, or null when none is stored for <paramref name="key"/>.</summary>
    Task<IReadOnlyDictionary<string, string>?> GetAsync(RephrasingCacheKey key, CancellationToken cancellationToken);

    /// <summary>Stores the guarded texts by advice id.</summary>
    Task SetAsync(RephrasingCacheKey key, IReadOnlyDictionary<string, string> texts, CancellationToken cancellationToken);
}
