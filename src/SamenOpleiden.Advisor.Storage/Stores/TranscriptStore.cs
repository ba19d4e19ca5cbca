using System.Text;
using SamenOpleiden.Advisor.Conversation.Transcripts;
using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage.Stores;

/// <summary>
/// Channel transcripts (Direct Line). An append bumps the conversation's <c>last_watermark</c> and inserts the entry in
/// one write transaction: the first statement locks the conversation's row (the whole file on SQLite), so concurrent
/// appenders, in any process or instance, take turns, and the primary key forbids two entries at one watermark; there
/// is neither a gap nor a duplicate. The row also counts the payload bytes, which the cap on a conversation's size is
/// checked against. An append never creates the conversation: one that was erased stays erased.
/// </summary>
internal sealed class TranscriptStore(StorageDatabase database) : ITranscriptStore
{
    public async Task<bool> CreateConversationAsync(string conversationId, string? respondentKey, CancellationToken cancellationToken)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var created = await write.Command("""
            INSERT INTO transcript_conversation (conversation_id, created_utc, updated_utc, respondent_key)
            VALUES (@id, @now, @now, @respondent) ON CONFLICT DO NOTHING;
            """).With("@id", conversationId).With("@now", database.Now()).With("@respondent", respondentKey).ExecuteNonQueryAsync(cancellationToken);
        await write.CommitAsync(cancellationToken);
        return created == 1;
    }

    public Task<bool> ConversationExistsAsync(string conversationId, CancellationToken cancellationToken) =>
        AnyAsync("SELECT 1 FROM transcript_conversation WHERE conversation_id = @id;", conversationId, cancellationToken);

    public Task<bool> WasErasedAsync(string conversationId, CancellationToken cancellationToken) =>
        AnyAsync("SELECT 1 FROM erased_transcripts WHERE conversation_hash = @id;", ErasureHashes.OfConversation(conversationId), cancellationToken);

    public async Task<TranscriptAppend> AppendAsync(string conversationId, Func<long, string> buildPayload, long? byteLimit, CancellationToken cancellationToken)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        long watermark, totalBytes;
        await using (var reader = await write.Command(
            "UPDATE transcript_conversation SET last_watermark = last_watermark + 1 WHERE conversation_id = @id RETURNING last_watermark, total_bytes;")
            .With("@id", conversationId).ExecuteReaderAsync(cancellationToken))
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
            // Disposing the write rolls the watermark back.
            return TranscriptAppend.Full;
        }

        await write.Command("""
            INSERT INTO transcript_entry (conversation_id, watermark, payload) VALUES (@id, @watermark, @payload);
            UPDATE transcript_conversation SET total_bytes = total_bytes + @bytes, updated_utc = @now WHERE conversation_id = @id;
            """).With("@id", conversationId).With("@watermark", watermark).With("@payload", payload).With("@bytes", (long)bytes).With("@now", database.Now())
            .ExecuteNonQueryAsync(cancellationToken);
        await write.CommitAsync(cancellationToken);
        return new TranscriptAppend(TranscriptAppendStatus.Appended, new TranscriptEntry(conversationId, watermark, payload));
    }

    public async Task<IReadOnlyList<TranscriptEntry>> ReadAfterAsync(string conversationId, long afterWatermark, int max, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenAsync(cancellationToken);
        return await session.Command("""
            SELECT watermark, payload FROM transcript_entry
            WHERE conversation_id = @id AND watermark > @after ORDER BY watermark LIMIT @max;
            """).With("@id", conversationId).With("@after", afterWatermark).With("@max", max)
            .ReadAllAsync(row => new TranscriptEntry(conversationId, row.GetInt64(0), row.GetString(1)), cancellationToken);
    }

    private async Task<bool> AnyAsync(string sql, string id, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenAsync(cancellationToken);
        return await session.Command(sql).With("@id", id).AnyAsync(cancellationToken);
    }
}
