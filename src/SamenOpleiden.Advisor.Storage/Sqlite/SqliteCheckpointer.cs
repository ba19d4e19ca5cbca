using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>
/// Copies the WAL back into the database file beside the turn writer instead of inside its commits. SQLite's automatic
/// checkpoint runs in the commit that crosses 1,000 WAL pages, so every turn waiting for that commit (and every turn
/// queued behind it) also waited for the copy and its two fsyncs: under load that made most of the p90 and p99. This
/// runs a passive checkpoint on its own connection every <see cref="TurnsPerCheckpoint"/> turns, on a pool thread,
/// never two at once; it does not block the writer. The writer keeps a far larger automatic checkpoint as a bound on
/// the WAL: a passive checkpoint that never catches up with a busy writer leaves the WAL growing, and the writer's own
/// checkpoint then has only the rest to copy.
/// </summary>
internal sealed class SqliteCheckpointer(SqliteDatabase database)
{
    private const int TurnsPerCheckpoint = 256;

    private int _turnsSinceCheckpoint;
    private int _running;

    // Only the one running checkpoint touches it.
    private DbConnection? _connection;

    /// <summary>Called by the single writer after each commit.</summary>
    public void Committed(int turns)
    {
        _turnsSinceCheckpoint += turns;
        if (_turnsSinceCheckpoint < TurnsPerCheckpoint || Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            return;
        }

        _turnsSinceCheckpoint = 0;
        ThreadPool.UnsafeQueueUserWorkItem(static checkpointer => checkpointer.Checkpoint(), this, preferLocal: false);
    }

    private void Checkpoint()
    {
        try
        {
            _connection ??= database.OpenConnection();
            using var command = _connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            command.ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            // Nothing is lost: the WAL keeps the pages and the writer's own checkpoint bounds it. Reopen next time.
            _connection?.Dispose();
            _connection = null;
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }
}
