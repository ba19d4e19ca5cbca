using System.Text.Json;
using Npgsql;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Storage.Postgres;

/// <summary>
/// The conversation store on PostgreSQL, shared by every instance. A save is one transaction: the
/// state row is updated only at the loaded version (the row lock makes a concurrent save wait, then
/// see the new version and match nothing), and the replies row is keyed by activity id, so a
/// second save of the same turn writes nothing and reports a conflict.
/// </summary>
internal sealed class PostgresConversationStore(PostgresDatabase database) : IConversationStore
{
    private const string AssessmentColumns =
        "assessment_id, conversation_key, respondent_key, region_name, rules_version, input_json, result_json, remarks_json, completed_at";

    public async Task<StoredConversation?> LoadAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT state_json, version FROM conversations WHERE conversation_key = @key;", connection);
        command.Parameters.AddWithValue("key", conversationKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredConversation(ConversationStateJson.Deserialize(reader.GetString(0)), reader.GetInt64(1))
            : null;
    }

    public async Task<IReadOnlyList<Reply>?> FindRepliesAsync(string conversationKey, string activityId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT replies_json FROM processed_activities WHERE conversation_key = @key AND activity_id = @activity;", connection);
        command.Parameters.AddWithValue("key", conversationKey);
        command.Parameters.AddWithValue("activity", activityId);
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? ReplyJson.Deserialize(json) : null;
    }

    public async Task<long> SaveTurnAsync(TurnRecord turn, CancellationToken cancellationToken)
    {
        var state = turn.State;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var saved = turn.ExpectedVersion is { } expected
            ? await ExecuteAsync(connection, transaction, """
                UPDATE conversations SET state_json = @state, version = version + 1, updated_at = now(), respondent_key = @respondent
                WHERE conversation_key = @key AND version = @expected;
                """, StateParameters(state, expected), cancellationToken)
            : await ExecuteAsync(connection, transaction, """
                INSERT INTO conversations (conversation_key, respondent_key, version, state_json, updated_at)
                VALUES (@key, @respondent, 1, @state, now()) ON CONFLICT (conversation_key) DO NOTHING;
                """, StateParameters(state, null), cancellationToken);

        if (saved == 1 && turn.ActivityId is { } activityId)
        {
            saved = await ExecuteAsync(connection, transaction, """
                INSERT INTO processed_activities (conversation_key, activity_id, respondent_key, replies_json, created_at)
                VALUES (@key, @activity, @respondent, @replies, now()) ON CONFLICT DO NOTHING;
                """,
                [new("key", state.ConversationKey), new("activity", activityId), new("respondent", state.RespondentKey), new("replies", ReplyJson.Serialize(turn.Replies))],
                cancellationToken);
        }

        if (saved != 1)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw new ConversationConflictException(state.ConversationKey);
        }

        if (turn.Assessment is { } assessment)
        {
            await ExecuteAsync(connection, transaction, $"""
                INSERT INTO assessments ({AssessmentColumns})
                VALUES (@id, @key, @respondent, @region, @rules, @input, @result, @remarks, @completed)
                ON CONFLICT (assessment_id) DO UPDATE SET conversation_key = excluded.conversation_key,
                    respondent_key = excluded.respondent_key, region_name = excluded.region_name, rules_version = excluded.rules_version,
                    input_json = excluded.input_json, result_json = excluded.result_json, remarks_json = excluded.remarks_json,
                    completed_at = excluded.completed_at;
                """, AssessmentParameters(assessment), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (turn.ExpectedVersion ?? 0) + 1;
    }

    public async Task<DeletionReport> DeleteRespondentAsync(string respondentKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rephrased = await ReadAsync(connection, transaction, PostgresRespondentData.RephrasedContentSql, respondentKey,
            row => ErasureHashes.OfRephrasedContent(row.GetString(0), row.GetString(1)), cancellationToken);
        var erased = await ReadAsync(connection, transaction, PostgresRespondentData.TranscriptsSql, respondentKey,
            row => ErasureHashes.OfConversation(row.GetString(0)), cancellationToken);
        NpgsqlParameter[] Parameters(string sql) =>
        [
            .. new NpgsqlParameter[] { new("respondent", respondentKey), new("rephrased", rephrased.OfType<string>().ToArray()), new("erased", erased.ToArray()) }
                .Where(p => sql.Contains("@" + p.ParameterName, StringComparison.Ordinal)),
        ];

        await ExecuteAsync(connection, transaction, PostgresRespondentData.RecordErasedSql, Parameters(PostgresRespondentData.RecordErasedSql), cancellationToken);
        var items = new List<DeletedData>();
        foreach (var table in PostgresRespondentData.Tables)
        {
            items.Add(new DeletedData(table.Description, await ExecuteAsync(connection, transaction, table.DeleteSql, Parameters(table.DeleteSql), cancellationToken)));
        }

        await transaction.CommitAsync(cancellationToken);
        return new DeletionReport(items);
    }

    private static async Task<List<T>> ReadAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, string respondentKey, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("respondent", respondentKey);
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
        var found = await QueryAssessmentsAsync("assessment_id = @value", assessmentId, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<FinishedAssessment>> ListAssessmentsAsync(string respondentKey, CancellationToken cancellationToken) =>
        QueryAssessmentsAsync("respondent_key = @value", respondentKey, cancellationToken);

    private static NpgsqlParameter[] StateParameters(ConversationState state, long? expected) =>
    [
        new("key", state.ConversationKey),
        new("respondent", state.RespondentKey),
        new("state", ConversationStateJson.Serialize(state)),
        new("expected", expected ?? 0),
    ];

    private static NpgsqlParameter[] AssessmentParameters(FinishedAssessment assessment) =>
    [
        new("id", assessment.Id),
        new("key", assessment.ConversationKey),
        new("respondent", assessment.RespondentKey),
        new("region", (object?)assessment.RegionName ?? DBNull.Value),
        new("rules", assessment.RulesVersion),
        new("input", assessment.InputJson),
        new("result", assessment.ResultJson),
        new("remarks", JsonSerializer.Serialize(assessment.Remarks)),
        new("completed", assessment.CompletedAt.ToUniversalTime()),
    ];

    private static async Task<int> ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddRange(parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<FinishedAssessment>> QueryAssessmentsAsync(string where, string value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"SELECT {AssessmentColumns} FROM assessments WHERE {where} ORDER BY completed_at, assessment_id;", connection);
        command.Parameters.AddWithValue("value", value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<FinishedAssessment>();
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(StoredRows.ReadFinishedAssessment(reader, new DateTimeOffset(reader.GetDateTime(8), TimeSpan.Zero)));
        }

        return found;
    }
}
