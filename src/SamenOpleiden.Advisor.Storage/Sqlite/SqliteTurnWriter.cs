using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>
/// Group commit of turn saves. Turns that queue while a transaction is being written go together into the next one,
/// each inside its own savepoint, so a turn that conflicts is rolled back alone and the others commit. A turn's task
/// completes only after the commit that holds it: an answered turn is exactly as durable as with a transaction per
/// turn, but the write lock, the WAL commit and the pages turns share are paid once per batch. A transaction per turn
/// was the largest item in the profile under load (docs/performance.md).
/// </summary>
internal sealed class SqliteTurnWriter(SqliteDatabase database)
{
    private const int SqliteConstraint = 19;
    private const int MaxTurnsPerTransaction = 256;

    private readonly ConcurrentQueue<PendingTurnSave> _queue = new();
    private readonly SqliteCheckpointer _checkpointer = new(database);
    private int _writing;

    // Only the one running writer touches it. Its own connection keeps SQLite's page cache valid between batches (no
    // other connection of this process writes these tables), where a pooled one rereads what others committed.
    private SqliteSession? _session;

    public Task<long> SaveAsync(PendingTurnSave save)
    {
        _queue.Enqueue(save);
        if (Interlocked.CompareExchange(ref _writing, 1, 0) == 0)
        {
            // Migration and the first open happen on the writer too, never on the thread of a request that is waiting.
            ThreadPool.UnsafeQueueUserWorkItem(static writer => writer.WriteWhileQueued(), this, preferLocal: false);
        }

        return save.Saved;
    }

    private void WriteWhileQueued()
    {
        var batch = new List<PendingTurnSave>(MaxTurnsPerTransaction);
        while (true)
        {
            while (batch.Count < MaxTurnsPerTransaction && _queue.TryDequeue(out var save))
            {
                batch.Add(save);
            }

            if (batch.Count > 0)
            {
                Write(batch);
                batch.Clear();
                continue;
            }

            // Stop, unless a turn was queued after the queue looked empty and its caller saw this writer still running.
            Volatile.Write(ref _writing, 0);
            if (_queue.IsEmpty || Interlocked.CompareExchange(ref _writing, 1, 0) != 0)
            {
                return;
            }
        }
    }

    private void Write(List<PendingTurnSave> batch)
    {
        try
        {
            database.WriteGate.Wait();
            try
            {
                var session = _session ??= OpenSession();
                using var transaction = session.Connection.BeginTransaction();
                foreach (var save in batch)
                {
                    WriteInSavepoint(session, transaction, save);
                }

                transaction.Commit();
                // Still inside the gate: a deletion of the respondent cannot slip in between and be undone by a put.
                foreach (var save in batch.Where(save => save.Refusal is null))
                {
                    database.Recent.Put(save.Turn.State, save.Version);
                }
            }
            finally
            {
                database.WriteGate.Release();
            }
        }
        catch (Exception e)
        {
            // Nothing of the batch was committed: every turn in it fails, as its own transaction would have. The next
            // batch starts on a new connection.
            _session?.Close();
            _session = null;
            foreach (var save in batch)
            {
                save.Fail(e);
            }

            return;
        }

        foreach (var save in batch)
        {
            save.Complete();
        }

        _checkpointer.Committed(batch.Count);
    }

    private SqliteSession OpenSession()
    {
        var session = new SqliteSession(database.Open(), database.Sessions);
        // The checkpointer copies the WAL beside the writer; this automatic checkpoint (about 40 MB of WAL) only bounds
        // the WAL when a passive checkpoint cannot catch up with a busy writer (SqliteCheckpointer).
        session.Command("PRAGMA wal_autocheckpoint = 10000;").ExecuteNonQuery();
        return session;
    }

    private static void WriteInSavepoint(SqliteSession session, SqliteTransaction transaction, PendingTurnSave save)
    {
        session.Command("SAVEPOINT turn;", transaction).ExecuteNonQuery();
        try
        {
            save.Version = WriteTurn(session, transaction, save);
        }
        catch (Exception e)
        {
            // Only this turn is undone. When SQLite has already dropped the whole transaction, this throws and the
            // batch fails as one.
            session.Command("ROLLBACK TO turn;", transaction).ExecuteNonQuery();
            save.Refusal = e is SqliteException { SqliteErrorCode: SqliteConstraint }
                ? new ConversationConflictException(save.Turn.State.ConversationKey)
                : e;
        }

        session.Command("RELEASE turn;", transaction).ExecuteNonQuery();
    }

    private static long WriteTurn(SqliteSession session, SqliteTransaction transaction, PendingTurnSave save)
    {
        var turn = save.Turn;
        var version = turn.ExpectedVersion is { } expected
            ? UpdateState(session, transaction, save, expected)
            : InsertState(session, transaction, save);

        if (turn.ActivityId is { } activityId)
        {
            InsertReplies(session, transaction, save, activityId);
        }

        if (turn.Assessment is { } assessment)
        {
            InsertAssessment(session, transaction, assessment);
        }

        return version;
    }

    private static long UpdateState(SqliteSession session, SqliteTransaction transaction, PendingTurnSave save, long expected)
    {
        var command = session.Command("""
            UPDATE conversations SET state_json = $state, version = version + 1, updated_at = $now, respondent_key = $respondent
            WHERE conversation_key = $key AND version = $expected;
            """, transaction);
        AddStateParameters(command, save);
        command.Parameters.AddWithValue("$expected", expected);
        if (command.ExecuteNonQuery() != 1)
        {
            throw new ConversationConflictException(save.Turn.State.ConversationKey);
        }

        return expected + 1;
    }

    private static long InsertState(SqliteSession session, SqliteTransaction transaction, PendingTurnSave save)
    {
        var command = session.Command("""
            INSERT INTO conversations (conversation_key, respondent_key, version, state_json, updated_at)
            VALUES ($key, $respondent, 1, $state, $now);
            """, transaction);
        AddStateParameters(command, save);
        command.ExecuteNonQuery();
        return 1;
    }

    private static void AddStateParameters(SqliteCommand command, PendingTurnSave save)
    {
        command.Parameters.AddWithValue("$key", save.Turn.State.ConversationKey);
        command.Parameters.AddWithValue("$respondent", save.Turn.State.RespondentKey);
        command.Parameters.AddWithValue("$state", save.StateJson);
        command.Parameters.AddWithValue("$now", save.SavedAt);
    }

    private static void InsertReplies(SqliteSession session, SqliteTransaction transaction, PendingTurnSave save, string activityId)
    {
        var command = session.Command("""
            INSERT INTO processed_activities (conversation_key, activity_id, respondent_key, replies_json, created_at)
            VALUES ($key, $activity, $respondent, $replies, $now);
            """, transaction);
        command.Parameters.AddWithValue("$key", save.Turn.State.ConversationKey);
        command.Parameters.AddWithValue("$activity", activityId);
        command.Parameters.AddWithValue("$respondent", save.Turn.State.RespondentKey);
        command.Parameters.AddWithValue("$replies", save.RepliesJson);
        command.Parameters.AddWithValue("$now", save.SavedAt);
        command.ExecuteNonQuery();
    }

    private static void InsertAssessment(SqliteSession session, SqliteTransaction transaction, FinishedAssessment assessment)
    {
        var command = session.Command("""
            INSERT OR REPLACE INTO assessments
                (assessment_id, conversation_key, respondent_key, region_name, rules_version, input_json, result_json, remarks_json, completed_at)
            VALUES ($id, $key, $respondent, $region, $rules, $input, $result, $remarks, $completed);
            """, transaction);
        command.Parameters.AddWithValue("$id", assessment.Id);
        command.Parameters.AddWithValue("$key", assessment.ConversationKey);
        command.Parameters.AddWithValue("$respondent", assessment.RespondentKey);
        command.Parameters.AddWithValue("$region", (object?)assessment.RegionName ?? DBNull.Value);
        command.Parameters.AddWithValue("$rules", assessment.RulesVersion);
        command.Parameters.AddWithValue("$input", assessment.InputJson);
        command.Parameters.AddWithValue("$result", assessment.ResultJson);
        command.Parameters.AddWithValue("$remarks", JsonSerializer.Serialize(assessment.Remarks));
        command.Parameters.AddWithValue("$completed", assessment.CompletedAt.ToString("O"));
        command.ExecuteNonQuery();
    }
}
