using System.Text.Json;
using SamenOpleiden.Advisor.Conversation.Guessing;
using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage.Stores;

/// <summary>
/// Wrong tries at region secrets in the database, so instances behind one load balancer share one count and more
/// instances do not mean more tries. Keys are stored hashed (they name client addresses); ended windows are deleted
/// with the next count.
/// </summary>
internal sealed class GuessCountStore(StorageDatabase database) : IGuessCounts
{
    public async Task<IReadOnlyList<GuessCount>> ReadAsync(IReadOnlyList<string> keys, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var byHash = keys.Distinct(StringComparer.Ordinal).ToDictionary(SecretTokens.HashHex, StringComparer.Ordinal);
        await using var session = await database.OpenAsync(cancellationToken);
        return await session.Command($"""
                SELECT bucket_hash, failures, window_ends FROM guess_counts
                WHERE bucket_hash IN (SELECT value FROM {database.Dialect.JsonStrings("@hashes")}) AND window_ends > @now;
                """)
            .With("@hashes", JsonSerializer.Serialize(byHash.Keys.ToArray())).With("@now", database.Dialect.TimestampValue(now))
            .ReadAllAsync(row => new GuessCount(byHash[row.GetString(0)], row.GetInt32(1), row.GetFieldValue<DateTimeOffset>(2)), cancellationToken);
    }

    public async Task CountAsync(IReadOnlyList<string> keys, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken)
    {
        var nowValue = database.Dialect.TimestampValue(now);
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await write.Command("DELETE FROM guess_counts WHERE window_ends <= @now;").With("@now", nowValue).ExecuteNonQueryAsync(cancellationToken);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            // One statement per bucket, so two instances counting at once both count: the database serialises the rows.
            await write.Command("""
                    INSERT INTO guess_counts (bucket_hash, failures, window_ends) VALUES (@hash, 1, @ends)
                    ON CONFLICT (bucket_hash) DO UPDATE SET
                        failures = CASE WHEN guess_counts.window_ends > @now THEN guess_counts.failures + 1 ELSE 1 END,
                        window_ends = CASE WHEN guess_counts.window_ends > @now THEN guess_counts.window_ends ELSE @ends END;
                    """)
                .With("@hash", SecretTokens.HashHex(key)).With("@now", nowValue).With("@ends", database.Dialect.TimestampValue(now + window))
                .ExecuteNonQueryAsync(cancellationToken);
        }

        await write.CommitAsync(cancellationToken);
    }
}
