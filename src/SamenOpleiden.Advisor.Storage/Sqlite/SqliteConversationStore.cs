using System.Text.Json;
using Microsoft.Data.Sqlite;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>The conversation store on one SQLite file; each save is one immediate transaction with a version check.</summary>
internal sealed class SqliteConversationStore(SqliteDatabase database) : IConversationStore
{
    private const int SqliteConstraint = 19;

    public async Task<StoredConversation?> LoadAsync(string conversationKey, CancellationToken cancellationToken)
    {
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

    public async Task<long> SaveTurnAsync(TurnRecord turn, CancellationToken cancellationToken)
    {
        var state = turn.State;
        var stateJson = ConversationStateJson.Serialize(state);
        var repliesJson = turn.ActivityId is null ? null : ReplyJson.Serialize(turn.Replies);
        await database.WriteGate.WaitAsync(cancellationToken);
        try
        {
            await using var session = database.Sessions.Rent();
            await using var transaction = session.Connection.BeginTransaction();
            var now = DateTimeOffset.UtcNow.ToString("O");
            long version;
            try
            {
                version = turn.ExpectedVersion is { } expected
                    ? await UpdateStateAsync(session, transaction, state, stateJson, expected, now, cancellationToken)
                    : await InsertStateAsync(session, transaction, state, stateJson, now, cancellationToken);

                if (turn.ActivityId is { } activityId)
                {
                    await InsertRepliesAsync(session, transaction, turn, activityId, repliesJson!, now, cancellationToken);
                }

                if (turn.Assessment is { } assessment)
                {
                    await InsertAssessmentAsync(session.Connection, transaction, assessment, cancellationToken);
                }
            }
            catch (SqliteException e) when (e.SqliteErrorCode == SqliteConstraint)
            {
                throw new ConversationConflictException(state.ConversationKey);
            }

            await transaction.CommitAsync(cancellationToken);
            return version;
        }
        finally
        {
            database.WriteGate.Release();
        }
    }

    public async Task<DeletionReport> DeleteRespondentAsync(string respondentKey, CancellationToken cancellationToken)
    {
        await database.WriteGate.WaitAsync(cancellationToken);
        try
        {
            return await DeleteRespondentDataAsync(respondentKey, cancellationToken);
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
        var items = new List<DeletedData>();
        foreach (var (description, sql) in SqliteRespondentData.Tables)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.Parameters.AddWithValue("$respondent", respondentKey);
            items.Add(new DeletedData(description, await command.ExecuteNonQueryAsync(cancellationToken)));
        }

        await transaction.CommitAsync(cancellationToken);
        return new DeletionReport(items);
    }

    public async Task<FinishedAssessment?> FindAssessmentAsync(string assessmentId, CancellationToken cancellationToken)
    {
        var found = await QueryAssessmentsAsync("assessment_id = $value", assessmentId, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<FinishedAssessment>> ListAssessmentsAsync(string respondentKey, CancellationToken cancellationToken) =>
        QueryAssessmentsAsync("respondent_key = $value", respondentKey, cancellationToken);

    private static async Task<long> UpdateStateAsync(SqliteSession session, SqliteTransaction transaction, ConversationState state, string stateJson, long expected, string now, CancellationToken cancellationToken)
    {
        var command = session.Command("""
            UPDATE conversations SET state_json = $state, version = version + 1, updated_at = $now, respondent_key = $respondent
            WHERE conversation_key = $key AND version = $expected;
            """, transaction);
        AddStateParameters(command, state, stateJson, now);
        command.Parameters.AddWithValue("$expected", expected);
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new ConversationConflictException(state.ConversationKey);
        }

        return expected + 1;
    }

    private static async Task<long> InsertStateAsync(SqliteSession session, SqliteTransaction transaction, ConversationState state, string stateJson, string now, CancellationToken cancellationToken)
    {
        var command = session.Command("""
            INSERT INTO conversations (conversation_key, respondent_key, version, state_json, updated_at)
            VALUES ($key, $respondent, 1, $state, $now);
            """, transaction);
        AddStateParameters(command, state, stateJson, now);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return 1;
    }

    private static void AddStateParameters(SqliteCommand command, ConversationState state, string stateJson, string now)
    {
        command.Parameters.AddWithValue("$key", state.ConversationKey);
        command.Parameters.AddWithValue("$respondent", state.RespondentKey);
        command.Parameters.AddWithValue("$state", stateJson);
        command.Parameters.AddWithValue("$now", now);
    }

    private static async Task InsertRepliesAsync(SqliteSession session, SqliteTransaction transaction, TurnRecord turn, string activityId, string repliesJson, string now, CancellationToken cancellationToken)
    {
        var command = session.Command("""
            INSERT INTO processed_activities (conversation_key, activity_id, respondent_key, replies_json, created_at)
            VALUES ($key, $activity, $respondent, $replies, $now);
            """, transaction);
        command.Parameters.AddWithValue("$key", turn.State.ConversationKey);
        command.Parameters.AddWithValue("$activity", activityId);
        command.Parameters.AddWithValue("$respondent", turn.State.RespondentKey);
        command.Parameters.AddWithValue("$replies", repliesJson);
        command.Parameters.AddWithValue("$now", now);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task InsertAssessmentAsync(SqliteConnection connection, SqliteTransaction transaction, FinishedAssessment assessment, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT OR REPLACE INTO assessments
                (assessment_id, conversation_key, respondent_key, region_name, rules_version, input_json, result_json, remarks_json, completed_at)
            VALUES ($id, $key, $respondent, $region, $rules, $input, $result, $remarks, $completed);
            """;
        command.Parameters.AddWithValue("$id", assessment.Id);
        command.Parameters.AddWithValue("$key", assessment.ConversationKey);
        command.Parameters.AddWithValue("$respondent", assessment.RespondentKey);
        command.Parameters.AddWithValue("$region", (object?)assessment.RegionName ?? DBNull.Value);
        command.Parameters.AddWithValue("$rules", assessment.RulesVersion);
        command.Parameters.AddWithValue("$input", assessment.InputJson);
        command.Parameters.AddWithValue("$result", assessment.ResultJson);
        command.Parameters.AddWithValue("$remarks", JsonSerializer.Serialize(assessment.Remarks));
        command.Parameters.AddWithValue("$completed", assessment.CompletedAt.ToString("O"));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

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
