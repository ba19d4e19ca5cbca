using System.Collections.Concurrent;
using System.Data;
using Microsoft.Data.Sqlite;

namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>
/// Open connections to one database file, each with its prepared commands, for the hot path of a turn. Opening a
/// pooled Microsoft.Data.Sqlite connection re-runs the connection pragmas and every new command is prepared again;
/// with five statements per turn that was about a fifth of the service's CPU under load (bench/run profile).
/// At most <c>maxIdle</c> sessions are kept; more are opened when needed and closed when given back.
/// </summary>
internal sealed class SqliteSessionPool(Func<SqliteConnection> open, int maxIdle = 16)
{
    private readonly ConcurrentBag<SqliteSession> _idle = [];
    private int _idleCount;

    public SqliteSession Rent()
    {
        if (_idle.TryTake(out var session))
        {
            Interlocked.Decrement(ref _idleCount);
            return session;
        }

        return new SqliteSession(open(), this);
    }

    internal void Return(SqliteSession session)
    {
        // A session left in a transaction or closed by an error is not lent out again.
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
