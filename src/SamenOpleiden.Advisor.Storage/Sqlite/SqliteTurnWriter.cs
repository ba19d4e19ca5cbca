using System.Collections.Concurrent;
using SamenOpleiden.Advisor.Storage.Database;
using SamenOpleiden.Advisor.Storage.Stores;

namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>
/// Group commit of turn saves. Turns that queue while a transaction is being written go together into the next one,
/// each inside its own savepoint, so a turn that conflicts is rolled back alone and the others commit. A turn's task
/// completes only after the commit that holds it: an answered turn is exactly as durable as with a transaction per
/// turn, but the write lock, the WAL commit and the pages turns share are paid once per batch. A transaction per turn
/// was the largest item in the profile under load (docs/performance.md). The statements are those of every database
/// (<see cref="TurnStatements"/>); only how they are batched is SQLite's.
/// </summary>
internal sealed class SqliteTurnWriter(SqliteDatabase database)
{
    private const int MaxTurnsPerTransaction = 256;

    private readonly ConcurrentQueue<QueuedTurn> _queue = new();
    private readonly SqliteCheckpointer _checkpointer = new(database);
    private int _writing;

    // Only the one running writer touches it. Its own connection keeps SQLite's page cache valid between batches (no
    // other connection of this process writes these tables), where a pooled one rereads what others committed.
    private StorageSession? _session;

    public Task<long> SaveAsync(TurnToSave save)
    {
        var queued = new QueuedTurn(save);
        _queue.Enqueue(queued);
        if (Interlocked.CompareExchange(ref _writing, 1, 0) == 0)
        {
            // Migration and the first open happen on the writer too, never on the thread of a request that is waiting.
            ThreadPool.UnsafeQueueUserWorkItem(static writer => writer.WriteWhileQueued(), this, preferLocal: false);
        }

        return queued.Saved;
    }

    private void WriteWhileQueued()
    {
        var batch = new List<QueuedTurn>(MaxTurnsPerTransaction);
        while (true)
        {
            while (batch.Count < MaxTurnsPerTransaction && _queue.TryDequeue(out var queued))
            {
                batch.Add(queued);
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

    private void Write(List<QueuedTurn> batch)
    {
        try
        {
            database.WriteGate.Wait();
            try
            {
                var session = _session ??= OpenSession();
                session.Begin();
                foreach (var queued in batch)
                {
                    WriteInSavepoint(session, queued);
                }

                session.Commit();
                // Still inside the gate: a deletion of the respondent cannot slip in between and be undone by a put.
                foreach (var queued in batch.Where(queued => queued.Refusal is null))
                {
                    database.Recent.Put(queued.Save.Turn.State, TurnStatements.VersionAfter(queued.Save.Turn));
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
            foreach (var queued in batch)
            {
                queued.Fail(e);
            }

            return;
        }

        foreach (var queued in batch)
        {
            queued.Complete();
        }

        _checkpointer.Committed(batch.Count);
    }

    private StorageSession OpenSession()
    {
        var session = database.OpenWriterSession();
        // The checkpointer copies the WAL beside the writer; this automatic checkpoint (about 40 MB of WAL) only bounds
        // the WAL when a passive checkpoint cannot catch up with a busy writer (SqliteCheckpointer).
        session.Command("PRAGMA wal_autocheckpoint = 10000;").ExecuteNonQuery();
        return session;
    }

    private void WriteInSavepoint(StorageSession session, QueuedTurn queued)
    {
        session.Command("SAVEPOINT turn;").ExecuteNonQuery();
        try
        {
            TurnStatements.Write(session, database.Dialect, queued.Save);
        }
        catch (Exception e)
        {
            // Only this turn is undone (a conflict is a ConversationConflictException from the statements). When SQLite
            // has already dropped the whole transaction, this throws and the batch fails as one.
            session.Command("ROLLBACK TO turn;").ExecuteNonQuery();
            queued.Refusal = e;
        }

        session.Command("RELEASE turn;").ExecuteNonQuery();
    }
}
