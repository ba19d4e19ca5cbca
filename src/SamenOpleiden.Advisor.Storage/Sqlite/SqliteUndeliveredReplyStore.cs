using System.Globalization;
using SamenOpleiden.Advisor.Conversation.Delivery;

namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>
/// Undelivered replies in the SQLite file. A reply is kept only beside the stored turn it answers, and takes that
/// turn's respondent: a retry that fails after the respondent's data was deleted finds no turn and writes nothing.
/// </summary>
internal sealed class SqliteUndeliveredReplyStore(SqliteDatabase database) : IUndeliveredReplyStore
{
    public async Task<bool> KeepAsync(UndeliveredReply reply, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO undelivered_replies (conversation_key, activity_id, respondent_key, payload, error, failed_at)
            SELECT conversation_key, activity_id, respondent_key, $payload, $error, $failed FROM processed_activities
            WHERE conversation_key = $key AND activity_id = $activity;
            """;
        command.Parameters.AddWithValue("$key", reply.ConversationKey);
        command.Parameters.AddWithValue("$activity", reply.ActivityId);
        command.Parameters.AddWithValue("$payload", reply.Payload);
        command.Parameters.AddWithValue("$error", reply.Error);
        command.Parameters.AddWithValue("$failed", reply.FailedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        // The gate orders this after a deletion that is under way, never in the middle of it.
        await database.WriteGate.WaitAsync(cancellationToken);
        try
        {
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }
        finally
        {
            database.WriteGate.Release();
        }
    }

    public async Task<IReadOnlyList<UndeliveredReply>> ListAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT conversation_key, activity_id, payload, error, failed_at FROM undelivered_replies
            WHERE conversation_key = $key ORDER BY reply_id;
            """;
        command.Parameters.AddWithValue("$key", conversationKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var replies = new List<UndeliveredReply>();
        while (await reader.ReadAsync(cancellationToken))
        {
            replies.Add(new UndeliveredReply(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture)));
        }

        return replies;
    }
}
