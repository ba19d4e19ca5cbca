using Npgsql;
using SamenOpleiden.Advisor.Conversation.Transcripts;

namespace SamenOpleiden.Advisor.Storage.Postgres;

/// <summary>
/// Direct Line transcripts on PostgreSQL. An append bumps the conversation's <c>last_watermark</c>
/// and inserts the entry in one transaction; the row lock on the conversation makes concurrent
/// appenders, on any instance, take turns, so watermarks have no gap and no duplicate.
/// </summary>
internal sealed class PostgresTranscriptStore(PostgresDatabase database) : ITranscriptStore
{
    public async Task<bool> CreateConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "INSERT INTO transcript_conversation (conversation_id, created_utc) VALUES (@id, now()) ON CONFLICT DO NOTHING;", connection);
        command.Parameters.AddWithValue("id", conversationId);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> ConversationExistsAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1 FROM transcript_conversation WHERE conversation_id = @id;", connection);
        command.Parameters.AddWithValue("id", conversationId);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task<TranscriptEntry> AppendAsync(string conversationId, Func<long, string> buildPayload, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long watermark;
        await using (var next = new NpgsqlCommand("""
            INSERT INTO transcript_conversation (conversation_id, created_utc, last_watermark) VALUES (@id, now(), 1)
            ON CONFLICT (conversation_id) DO UPDATE SET last_watermark = transcript_conversation.last_watermark + 1
            RETURNING last_watermark;
            """, connection, transaction))
        {
            next.Parameters.AddWithValue("id", conversationId);
            watermark = (long)(await next.ExecuteScalarAsync(cancellationToken))!;
        }

        var payload = buildPayload(watermark);
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO transcript_entry (conversation_id, watermark, payload) VALUES (@id, @wm, @payload);", connection, transaction))
        {
            insert.Parameters.AddWithValue("id", conversationId);
            insert.Parameters.AddWithValue("wm", watermark);
            insert.Parameters.AddWithValue("payload", payload);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new TranscriptEntry(conversationId, watermark, payload);
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
}
