using System.Text;
using Npgsql;
using SamenOpleiden.Advisor.Conversation.Transcripts;

namespace SamenOpleiden.Advisor.Storage.Postgres;

/// <summary>
/// Direct Line transcripts on PostgreSQL. An append bumps the conversation's <c>last_watermark</c>
/// and inserts the entry in one transaction; the row lock on the conversation makes concurrent
/// appenders, on any instance, take turns, so watermarks have no gap and no duplicate. An append never creates the
/// conversation: one that was erased stays erased.
/// </summary>
internal sealed class PostgresTranscriptStore(PostgresDatabase database) : ITranscriptStore
{
    public async Task<bool> CreateConversationAsync(string conversationId, string? respondentKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            INSERT INTO transcript_conversation (conversation_id, created_utc, updated_utc, respondent_key)
            VALUES (@id, now(), now(), @respondent) ON CONFLICT DO NOTHING;
            """, connection);
        command.Parameters.AddWithValue("id", conversationId);
        command.Parameters.AddWithValue("respondent", (object?)respondentKey ?? DBNull.Value);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public Task<bool> ConversationExistsAsync(string conversationId, CancellationToken cancellationToken) =>
        AnyAsync("SELECT 1 FROM transcript_conversation WHERE conversation_id = @id;", conversationId, cancellationToken);

    public Task<bool> WasErasedAsync(string conversationId, CancellationToken cancellationToken) =>
        AnyAsync("SELECT 1 FROM erased_transcripts WHERE conversation_hash = @id;", ErasureHashes.OfConversation(conversationId), cancellationToken);

    public async Task<TranscriptAppend> AppendAsync(string conversationId, Func<long, string> buildPayload, long? byteLimit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long watermark, totalBytes;
        // The row lock taken here makes appenders of one conversation, on any instance, take turns until the commit.
        await using (var next = new NpgsqlCommand(
            "UPDATE transcript_conversation SET last_watermark = last_watermark + 1 WHERE conversation_id = @id RETURNING last_watermark, total_bytes;",
            connection, transaction))
        {
            next.Parameters.AddWithValue("id", conversationId);
            await using var reader = await next.ExecuteReaderAsync(cancellationToken);
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
            // Disposing the transaction rolls the watermark back.
            return TranscriptAppend.Full;
        }

        await using (var insert = new NpgsqlCommand("""
            INSERT INTO transcript_entry (conversation_id, watermark, payload) VALUES (@id, @wm, @payload);
            UPDATE transcript_conversation SET total_bytes = total_bytes + @bytes, updated_utc = now() WHERE conversation_id = @id;
            """, connection, transaction))
        {
            insert.Parameters.AddWithValue("id", conversationId);
            insert.Parameters.AddWithValue("wm", watermark);
            insert.Parameters.AddWithValue("payload", payload);
            insert.Parameters.AddWithValue("bytes", (long)bytes);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new TranscriptAppend(TranscriptAppendStatus.Appended, new TranscriptEntry(conversationId, watermark, payload));
    }

    public async Task<IReadOnlyList<TranscriptEntry>> ReadAfterAsync(string conversationId, long afterWatermark, int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT watermark, payload FROM transcript_entry
            WHERE conversation_id = @id AND watermark > @after ORDER BY watermark LIMIT @max;
            """, connection);
        command.Parameters.AddWithValue("id", conversationId);
        command.Parameters.AddWithValue("after", afterWatermark);
        command.Parameters.AddWithValue("max", max);
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
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }
}
