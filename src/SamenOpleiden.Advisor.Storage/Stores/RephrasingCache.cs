using SamenOpleiden.Advisor.Core.Rephrasings;
using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage.Stores;

/// <summary>Guarded rephrasings in the database, so a restart or another instance does not ask the model again.</summary>
internal sealed class RephrasingCache(StorageDatabase database) : IRephrasingCache
{
    public async Task<IReadOnlyDictionary<string, string>?> GetAsync(RephrasingCacheKey key, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenAsync(cancellationToken);
        return await session.Command("SELECT texts FROM rephrasings WHERE key = @key;").With("@key", key.Value).ExecuteScalarAsync(cancellationToken) is string json
            ? RephrasingTextsJson.Deserialize(json)
            : null;
    }

    public async Task SetAsync(RephrasingCacheKey key, IReadOnlyDictionary<string, string> texts, CancellationToken cancellationToken)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        // Two turns or instances may rephrase the same result at once; both texts passed the guard, the first stays.
        await write.Command("INSERT INTO rephrasings (key, content_hash, texts, created_at) VALUES (@key, @content, @texts, @now) ON CONFLICT (key) DO NOTHING;")
            .With("@key", key.Value).With("@content", key.ContentHash).With("@texts", RephrasingTextsJson.Serialize(texts)).With("@now", database.Now())
            .ExecuteNonQueryAsync(cancellationToken);
        await write.CommitAsync(cancellationToken);
    }
}
