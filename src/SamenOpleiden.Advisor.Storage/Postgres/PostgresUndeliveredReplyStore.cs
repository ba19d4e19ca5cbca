using Npgsql;
using SamenOpleiden.Advisor.Conversation.Delivery;

namespace SamenOpleiden.Advisor.Storage.Postgres;

/// <summary>
/// Undelivered replies on PostgreSQL, as <c>SqliteUndeliveredReplyStore</c>: kept only beside the stored turn they answer,
/// so a retry that fails after the respondent's data was deleted writes nothing.
/// </summary>
internal sealed class PostgresUndeliveredReplyStore(PostgresDatabase database) : IUndeliveredReplyStore
{
    public async Task<bool> KeepAsync(UndeliveredReply reply, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            INSERT INTO undelivered_replies (conversation_key, activity_id, respondent_key, payload, error, failed_at)
            SELECT conversation_key, activity_id, respondent_key, @payload, @error, @failed FROM processed_activities
            WHERE conversation_key = @key AND activity_id = @activity
            FOR SHARE;
            """, connection);
        // FOR SHARE waits for a deletion that holds the turn's row, then finds it gone: a late retry writes nothing back.
        command.Parameters.AddWithValue("key", reply.ConversationKey);
        command.Parameters.AddWithValue("activity", reply.ActivityId);
        command.Parameters.AddWithValue("payload", reply.Payload);
        command.Parameters.AddWithValue("error", reply.Error);
        command.Parameters.AddWithValue("failed", reply.FailedAt.ToUniversalTime());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<UndeliveredReply>> ListAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT conversation_key, activity_id, payload, error, failed_at FROM undelivered_replies
            WHERE conversation_key = @key ORDER BY reply_id;
            """, connection);
        command.Parameters.AddWithValue("key", conversationKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var replies = new List<UndeliveredReply>();
        while (await reader.ReadAsync(cancellationToken))
        {
            replies.Add(new UndeliveredReply(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                new DateTimeOffset(reader.GetDateTime(4), TimeSpan.Zero)));
        }

        return replies;
    }
}
