using SamenOpleiden.Advisor.Rephrasing.Caching;

namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>Guarded rephrasings in the SQLite file, so a restart or another process on the same file does not ask the model again.</summary>
internal sealed class SqliteRephrasingCache(SqliteDatabase database, TimeProvider time) : IRephrasingCache
{
    public async Task<IReadOnlyDictionary<string, string>?> GetAsync(RephrasingCacheKey key, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT texts FROM rephrasings WHERE key = $key";
        command.Parameters.AddWithValue("$key", key.Value);
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? RephrasingTextsJson.Deserialize(json) : null;
    }

    public async Task SetAsync(RephrasingCacheKey key, IReadOnlyDictionary<string, string> texts, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        // Two turns may rephrase the same result at once; both texts passed the guard, the first stays.
        command.CommandText = "INSERT INTO rephrasings (key, content_hash, texts, created_at) VALUES ($key, $content, $texts, $created) ON CONFLICT (key) DO NOTHING";
        command.Parameters.AddWithValue("$key", key.Value);
        command.Parameters.AddWithValue("$content", key.ContentHash);
        command.Parameters.AddWithValue("$texts", RephrasingTextsJson.Serialize(texts));
        command.Parameters.AddWithValue("$created", time.GetUtcNow().ToString("O"));
        await database.WriteGate.WaitAsync(cancellationToken);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            database.WriteGate.Release();
        }
    }
}
