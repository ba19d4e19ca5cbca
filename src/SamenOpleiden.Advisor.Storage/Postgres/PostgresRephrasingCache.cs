using Npgsql;
using SamenOpleiden.Advisor.Rephrasing.Caching;

namespace SamenOpleiden.Advisor.Storage.Postgres;

/// <summary>Guarded rephrasings on PostgreSQL, shared by every instance: the same advice is rephrased once for all of them.</summary>
internal sealed class PostgresRephrasingCache(PostgresDatabase database, TimeProvider time) : IRephrasingCache
{
    public async Task<IReadOnlyDictionary<string, string>?> GetAsync(RephrasingCacheKey key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT texts FROM rephrasings WHERE key = @key", connection);
        command.Parameters.AddWithValue("key", key.Value);
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? RephrasingTextsJson.Deserialize(json) : null;
    }

    public async Task SetAsync(RephrasingCacheKey key, IReadOnlyDictionary<string, string> texts, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Two instances may rephrase the same result at once; both texts passed the guard, the first stays.
        await using var command = new NpgsqlCommand(
            "INSERT INTO rephrasings (key, content_hash, texts, created_at) VALUES (@key, @content, @texts, @created) ON CONFLICT (key) DO NOTHING", connection);
        command.Parameters.AddWithValue("key", key.Value);
        command.Parameters.AddWithValue("content", key.ContentHash);
        command.Parameters.AddWithValue("texts", RephrasingTextsJson.Serialize(texts));
        command.Parameters.AddWithValue("created", time.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
