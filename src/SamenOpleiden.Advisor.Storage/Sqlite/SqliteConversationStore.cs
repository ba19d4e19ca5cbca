using System.Text.Json;
using Microsoft.Data.Sqlite;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>The conversation store on one SQLite file; saves go through the group-committing <see cref="SqliteTurnWriter"/>, each with a version check.</summary>
internal sealed class SqliteConversationStore(SqliteDatabase database) : IConversationStore
{
    public async Task<StoredConversation?> LoadAsync(string conversationKey, CancellationToken cancellationToken)
    {
        if (database.Recent.TryTake(conversationKey) is { } recent)
        {
            return recent;
        }

        await using var session = database.Sessions.Rent();
        var command = session.Command("SELECT state_json, version FROM conversations WHERE conversation_key = $key;");
        command.Parameters.AddWithValue("$key", conversationKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new StoredConversation(ConversationStateJson.Deserialize(reader.GetString(0)), reader.GetInt64(1));
    }

    public async Task<IReadOnlyList<Reply>?> FindRepliesAsync(string conversationKey, string activityId, CancellationToken cancellationToken)
    {
        await using var session = database.Sessions.Rent();
        var command = session.Command("SELECT replies_json FROM processed_activities WHERE conversation_key = $key AND activity_id = $activity;");
        command.Parameters.AddWithValue("$key", conversationKey);
        command.Parameters.AddWithValue("$activity", activityId);
        var json = await command.ExecuteScalarAsync(cancellationToken) as string;
        return json is null ? null : ReplyJson.Deserialize(json);
    }

    public Task<long> SaveTurnAsync(TurnRecord turn, CancellationToken cancellationToken)
    {
        var stateJson = ConversationStateJson.Serialize(turn.State);
        var repliesJson = turn.ActivityId is null ? null : ReplyJson.Serialize(turn.Replies);
        // Once queued the turn is written even when the request goes away: its replies then answer a redelivery.
        return database.TurnWriter.SaveAsync(new PendingTurnSave(turn, stateJson, repliesJson, DateTimeOffset.UtcNow.ToString("O")));
    }

    public async Task<DeletionReport> DeleteRespondentAsync(string respondentKey, CancellationToken cancellationToken)
    {
        await database.WriteGate.WaitAsync(cancellationToken);
        try
        {
            var deleted = await DeleteRespondentDataAsync(respondentKey, cancellationToken);
            database.Recent.ForgetRespondent(respondentKey);
            await database.ScrubDeletedTextAsync();
            return deleted;
        }
        finally
        {
            database.WriteGate.Release();
        }
    }

    private async Task<DeletionReport> DeleteRespondentDataAsync(string respondentKey, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var transaction = connection.BeginTransaction();
        var rephrased = await ReadAsync(connection, transaction, SqliteRespondentData.RephrasedContentSql, respondentKey,
            row => ErasureHashes.OfRephrasedContent(row.GetString(0), row.GetString(1)), cancellationToken);
        var erased = await ReadAsync(connection, transaction, SqliteRespondentData.TranscriptsSql, respondentKey,
            row => ErasureHashes.OfConversation(row.GetString(0)), cancellationToken);
        (string Name, object Value)[] parameters =
        [
            ("$respondent", respondentKey),
            ("$rephrased", JsonSerializer.Serialize(rephrased.OfType<string>())),
            ("$erased", JsonSerializer.Serialize(erased)),
            ("$now", DateTimeOffset.UtcNow.ToString("O")),
        ];
        await ExecuteAsync(SqliteRespondentData.RecordErasedSql);

        var items = new List<DeletedData>();
        foreach (var table in SqliteRespondentData.Tables)
        {
            items.Add(new DeletedData(table.Description, await ExecuteAsync(table.DeleteSql)));
        }

        await transaction.CommitAsync(cancellationToken);
        return new DeletionReport(items);

        async Task<int> ExecuteAsync(string sql)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var (name, value) in parameters.Where(p => sql.Contains(p.Name, StringComparison.Ordinal)))
            {
                command.Parameters.AddWithValue(name, value);
            }

            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<List<T>> ReadAsync<T>(
        SqliteConnection connection, SqliteTransaction transaction, string sql, string respondentKey, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$respondent", respondentKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public async Task<FinishedAssessment?> FindAssessmentAsync(string assessmentId, CancellationToken cancellationToken)
    {
        var found = await QueryAssessmentsAsync("assessment_id = $value", assessmentId, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<FinishedAssessment>> ListAssessmentsAsync(string respondentKey, CancellationToken cancellationToken) =>
        QueryAssessmentsAsync("respondent_key = $value", respondentKey, cancellationToken);

    private async Task<IReadOnlyList<FinishedAssessment>> QueryAssessmentsAsync(string where, string value, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT assessment_id, conversation_key, respondent_key, region_name, rules_version, input_json, result_json, remarks_json, completed_at
            FROM assessments WHERE {where} ORDER BY completed_at, assessment_id;
            """;
        command.Parameters.AddWithValue("$value", value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<FinishedAssessment>();
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(StoredRows.ReadFinishedAssessment(reader, DateTimeOffset.Parse(reader.GetString(8), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return found;
    }
}
