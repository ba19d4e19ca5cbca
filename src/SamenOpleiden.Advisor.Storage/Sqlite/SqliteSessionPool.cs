using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>
/// Open connections to one database file, each keeping its prepared commands (<see cref="StorageSession"/>).
/// Opening a pooled Microsoft.Data.Sqlite connection re-runs the connection settings and every new command is
/// prepared again; with five statements per turn that was about a fifth of the service's CPU under load (bench/run
/// profile). At most <c>maxIdle</c> sessions are kept; more are opened when needed and closed when given back.
/// </summary>
internal sealed class SqliteSessionPool(DbDataSource source, int maxIdle = 16)
{
    private readonly ConcurrentBag<StorageSession> _idle = [];
    private int _idleCount;

    public StorageSession Rent()
    {
        if (_idle.TryTake(out var session))
        {
            Interlocked.Decrement(ref _idleCount);
            return session;
        }

        return new StorageSession(source.OpenConnection(), Return, keepCommands: true);
    }

    /// <summary>Closes the idle sessions (the database is being disposed).</summary>
    public void Clear()
    {
        while (_idle.TryTake(out var session))
        {
            Interlocked.Decrement(ref _idleCount);
            session.Close();
        }
    }

    private void Return(StorageSession session)
    {
        // A session closed by an error is not lent out again.
        if (session.Connection.State != ConnectionState.Open || Interlocked.Increment(ref _idleCount) > maxIdle)
        {
            if (session.Connection.State == ConnectionState.Open)
            {
                Interlocked.Decrement(ref _idleCount);
            }

            session.Close();
            return;
        }

        _idle.Add(session);
    }
}
