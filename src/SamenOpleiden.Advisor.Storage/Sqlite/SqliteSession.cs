using Microsoft.Data.Sqlite;

namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>
/// An open connection lent to one operation at a time, with its commands kept prepared: Microsoft.Data.Sqlite keeps a
/// command's compiled statements as long as its text does not change, so a reused command skips sqlite3_prepare.
/// Disposing the session gives it back to its <see cref="SqliteSessionPool"/>.
/// </summary>
internal sealed class SqliteSession : IDisposable, IAsyncDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly SqliteSessionPool _pool;

    public SqliteSession(SqliteConnection connection, SqliteSessionPool pool)
    {
        Connection = connection;
        _pool = pool;
    }

    public SqliteConnection Connection { get; }

    /// <summary>The prepared command for <paramref name="sql"/>, with no parameters and no transaction yet.</summary>
    public SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }

        command.Parameters.Clear();
        command.Transaction = transaction;
        return command;
    }

    public void Dispose() => _pool.Return(this);

    public ValueTask DisposeAsync()
    {
        _pool.Return(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Closes the connection for good (the pool is full, or the session broke).</summary>
    internal void Close()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        Connection.Dispose();
    }
}
