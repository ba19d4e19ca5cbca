using SamenOpleiden.Advisor.Conversation.Delivery;
using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage.Stores;

/// <summary>
/// Replies the channel refused. A reply is kept only beside the stored turn it answers, and takes that turn's
/// respondent: a retry that fails after the respondent's data was deleted finds no turn and writes nothing. The write
/// waits for a deletion under way (the dialect's share lock on the turn's row, or SQLite's write gate), never slips
/// into the middle of it.
/// </summary>
internal sealed class UndeliveredReplyStore(StorageDatabase database) : IUndeliveredReplyStore
{
    public async Task<bool> KeepAsync(UndeliveredReply reply, CancellationToken cancellationToken)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var kept = await write.Command($"""
            INSERT INTO undelivered_replies (conversation_key, activity_id, respondent_key, payload, error, failed_at)
            SELECT conversation_key, activity_id, respondent_key, @payload, @error, @failed FROM processed_activities
            WHERE conversation_key = @key AND activity_id = @activity{database.Dialect.LockForShare};
            """)
            .With("@key", reply.ConversationKey)
            .With("@activity", reply.ActivityId)
            .With("@payload", reply.Payload)
            .With("@error", reply.Error)
            .With("@failed", database.Dialect.TimestampValue(reply.FailedAt))
            .ExecuteNonQueryAsync(cancellationToken);
        await write.CommitAsync(cancellationToken);
        return kept == 1;
    }

    public async Task<IReadOnlyList<UndeliveredReply>> ListAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var session = await database.OpenAsync(cancellationToken);
        return await session.Command("""
            SELECT conversation_key, activity_id, payload, error, failed_at FROM undelivered_replies
            WHERE conversation_key = @key ORDER BY reply_id;
            """).With("@key", conversationKey)
            .ReadAllAsync(row => new UndeliveredReply(row.GetString(0), row.GetString(1), row.GetString(2), row.GetString(3), row.GetFieldValue<DateTimeOffset>(4)),
                cancellationToken);
    }
}
