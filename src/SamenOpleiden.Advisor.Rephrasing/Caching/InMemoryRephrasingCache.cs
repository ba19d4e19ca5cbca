using System.Collections.Concurrent;
using SamenOpleiden.Advisor.Core.Rephrasings;

namespace SamenOpleiden.Advisor.Rephrasing.Caching;

/// <summary>The default cache: in memory, bounded, lost on restart. Oldest entries go first when it is full.</summary>
internal sealed class InMemoryRephrasingCache(int capacity = 1024) : IRephrasingCache
{
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public Task<IReadOnlyDictionary<string, string>?> GetAsync(RephrasingCacheKey key, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.GetValueOrDefault(key.Value));

    public Task SetAsync(RephrasingCacheKey key, IReadOnlyDictionary<string, string> texts, CancellationToken cancellationToken)
    {
        if (_entries.TryAdd(key.Value, texts))
        {
            _order.Enqueue(key.Value);
        }

        while (_entries.Count > capacity && _order.TryDequeue(out var oldest))
        {
            _entries.TryRemove(oldest, out _);
        }

        return Task.CompletedTask;
    }
}
