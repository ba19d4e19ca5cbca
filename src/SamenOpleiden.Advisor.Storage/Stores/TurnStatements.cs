using System.Data.Common;
using System.Text.Json;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage.Stores;

/// <summary>
/// The statements that save one turn, the same on both databases. Each changes exactly one row, or the turn conflicts:
/// the state row is updated only at the loaded version, a new conversation and an activity's replies are inserted only
/// when their key is new (a redelivered activity is answered from its first replies).
/// </summary>
internal static class TurnStatements
{
    private const string UpdateState = """
        UPDATE conversations SET state_json = @state, version = version + 1, updated_at = @now, respondent_key = @respondent
        WHERE conversation_key = @key AND version = @expected;
        """;

    private const string InsertState = """
        INSERT INTO conversations (conversation_key, respondent_key, version, state_json, updated_at)
        VALUES (@key, @respondent, 1, @state, @now) ON CONFLICT (conversation_key) DO NOTHING;
        """;

    private const string InsertReplies = """
        INSERT INTO processed_activities (conversation_key, activity_id, respondent_key, replies_json, created_at)
        VALUES (@key, @activity, @respondent, @replies, @now) ON CONFLICT DO NOTHING;
        """;

    private const string UpsertAssessment = $"""
        INSERT INTO assessments ({StoredRows.FinishedAssessmentColumns})
        VALUES (@id, @key, @respondent, @region, @rules, @input, @result, @remarks, @completed)
        ON CONFLICT (assessment_id) DO UPDATE SET conversation_key = excluded.conversation_key,
            respondent_key = excluded.respondent_key, region_name = excluded.region_name, rules_version = excluded.rules_version,
            input_json = excluded.input_json, result_json = excluded.result_json, remarks_json = excluded.remarks_json,
            completed_at = excluded.completed_at;
        """;

    /// <summary>The version a turn has once saved.</summary>
    public static long VersionAfter(TurnRecord turn) => (turn.ExpectedVersion ?? 0) + 1;

    /// <summary>Executes the turn's statements on a thread that may block (SQLite's writer).</summary>
    /// <exception cref="ConversationConflictException">A statement changed no row.</exception>
    public static void Write(StorageSession session, SqlDialect dialect, TurnToSave save)
    {
        foreach (var command in Commands(session, dialect, save))
        {
            if (command.ExecuteNonQuery() != 1)
            {
                throw new ConversationConflictException(save.Turn.State.ConversationKey);
            }
        }
    }

    /// <inheritdoc cref="Write"/>
    public static async Task WriteAsync(StorageSession session, SqlDialect dialect, TurnToSave save, CancellationToken cancellationToken)
    {
        foreach (var command in Commands(session, dialect, save))
        {
            if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                throw new ConversationConflictException(save.Turn.State.ConversationKey);
            }
        }
    }

    // Made one at a time: a session that keeps its commands hands out the same one for the same text.
    private static IEnumerable<DbCommand> Commands(StorageSession session, SqlDialect dialect, TurnToSave save)
    {
        var turn = save.Turn;
        var state = turn.State;
        yield return (turn.ExpectedVersion is { } expected ? session.Command(UpdateState).With("@expected", expected) : session.Command(InsertState))
            .With("@key", state.ConversationKey)
            .With("@respondent", state.RespondentKey)
            .With("@state", save.StateJson)
            .With("@now", save.SavedAt);

        if (turn.ActivityId is { } activityId)
        {
            yield return session.Command(InsertReplies)
                .With("@key", state.ConversationKey)
                .With("@activity", activityId)
                .With("@respondent", state.RespondentKey)
                .With("@replies", save.RepliesJson)
                .With("@now", save.SavedAt);
        }

        if (turn.Assessment is { } assessment)
        {
            yield return session.Command(UpsertAssessment)
                .With("@id", assessment.Id)
                .With("@key", assessment.ConversationKey)
                .With("@respondent", assessment.RespondentKey)
                .With("@region", assessment.RegionName)
                .With("@rules", assessment.RulesVersion)
                .With("@input", assessment.InputJson)
                .With("@result", assessment.ResultJson)
                .With("@remarks", JsonSerializer.Serialize(assessment.Remarks))
                .With("@completed", dialect.TimestampValue(assessment.CompletedAt));
        }
    }
}
