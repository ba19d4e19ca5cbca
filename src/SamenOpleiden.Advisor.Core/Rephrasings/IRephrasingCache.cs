namespace SamenOpleiden.Advisor.Core.Rephrasings;

/// <summary>
/// Remembers rephrasings that passed the guard, so the same advice is rephrased once. Only guarded texts are stored;
/// failures are not, so a later try may succeed. A port of the optional LLM layer: the Rephrasing project keeps an
/// in-memory default, Storage keeps them in the database (shared by every instance) without knowing that layer.
/// </summary>
public interface IRephrasingCache
{
    /// <summary>The rephrased texts by advice id, or null when none is stored for <paramref name="key"/>.</summary>
    Task<IReadOnlyDictionary<string, string>?> GetAsync(RephrasingCacheKey key, CancellationToken cancellationToken);

    /// <summary>Stores the guarded texts by advice id.</summary>
    Task SetAsync(RephrasingCacheKey key, IReadOnlyDictionary<string, string> texts, CancellationToken cancellationToken);
}
