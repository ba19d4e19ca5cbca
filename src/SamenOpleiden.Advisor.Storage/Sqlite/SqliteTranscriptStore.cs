using System.Data;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SamenOpleiden.Advisor.Conversation.Transcripts;

namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>
/// Transcripts in the advisor's SQLite file (WAL mode, schema by migrations 3 and 5). An append runs in an immediate
/// transaction that takes the next watermark from the conversation's row and inserts the entry, and the primary key
/// forbids two entries at one watermark, so concurrent writers, even in several processes, never leave a gap or a
/// duplicate. The row also counts the payload bytes, which the cap on a conversation's size is checked against.
/// </summary>
public sealed class SqliteTranscriptStore : ITranscriptStore
{
    private readonly SqliteDatabase _database;

    /// <param name="database">The shared, migrated database file.</param>
    public SqliteTranscriptStore(SqliteDatabase database)
    {
        _database = database;
    }

    public async Task<bool> CreateConversationAsync(string conversationId, string? respondentKey, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR IGNORE INTO transcript_conversation (conversation_id, created_utc, updated_utc, respondent_key)
            VALUES ($id, $now, $now, $respondent)
            """;
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$now", Now());
        command.Parameters.AddWithValue("$respondent", (object?)respondentKey ?? DBNull.Value);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public Task<bool> ConversationExistsAsync(string conversationId, CancellationToken cancellationToken) =>
        AnyAsync("SELECT 1 FROM transcript_conversation WHERE conversation_id = $id", conversationId, cancellationToken);

    public Task<bool> WasErasedAsync(string conversationId, CancellationToken cancellationToken) =>
        AnyAsync("SELECT 1 FROM erased_transcripts WHERE conversation_hash = $id", ErasureHashes.OfConversation(conversationId), cancellationToken);

    public async Task<TranscriptAppend> AppendAsync(string conversationId, Func<long, string> buildPayload, long? byteLimit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);

        await using var next = connection.CreateCommand();
        next.Transaction = transaction;
        next.CommandText = "SELECT last_watermark + 1, total_bytes FROM transcript_conversation WHERE conversation_id = $id";
        next.Parameters.AddWithValue("$id", conversationId);
        long watermark, totalBytes;
        await using (var reader = await next.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return TranscriptAppend.Missing;
            }

            (watermark, totalBytes) = (reader.GetInt64(0), reader.GetInt64(1));
        }

        var payload = buildPayload(watermark);
        var bytes = Encoding.UTF8.GetByteCount(payload);
        if (totalBytes + bytes > byteLimit)
        {
            // Nothing was written; disposing the transaction ends it.
            return TranscriptAppend.Full;
        }

        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO transcript_entry (conversation_id, watermark, payload) VALUES ($id, $wm, $payload);
            UPDATE transcript_conversation SET last_watermark = $wm, total_bytes = total_bytes + $bytes, updated_utc = $now
            WHERE conversation_id = $id;
            """;
        insert.Parameters.AddWithValue("$id", conversationId);
        insert.Parameters.AddWithValue("$wm", watermark);
        insert.Parameters.AddWithValue("$payload", payload);
        insert.Parameters.AddWithValue("$bytes", bytes);
        insert.Parameters.AddWithValue("$now", Now());
        await insert.ExecuteNonQueryAsync(cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        return new TranscriptAppend(TranscriptAppendStatus.Appended, new TranscriptEntry(conversationId, watermark, payload));
    }

    public async Task<IReadOnlyList<TranscriptEntry>> ReadAfterAsync(string conversationId, long afterWatermark, int max, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT watermark, payload FROM transcript_entry
            WHERE conversation_id = $id AND watermark > $after
            ORDER BY watermark LIMIT $max
            """;
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$after", afterWatermark);
        command.Parameters.AddWithValue("$max", max);

        var entries = new List<TranscriptEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new TranscriptEntry(conversationId, reader.GetInt64(0), reader.GetString(1)));
        }

        return entries;
    }

    private async Task<bool> AnyAsync(string sql, string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    // Opening is synchronous in SqliteDatabase (it migrates once); the queries themselves run async.
    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_database.Open());
    }
}
