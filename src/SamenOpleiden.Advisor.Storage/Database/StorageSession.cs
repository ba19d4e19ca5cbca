using System.Data.Common;

namespace SamenOpleiden.Advisor.Storage.Database;

/// <summary>
/// An open connection lent to one operation, and the transaction it writes in, if any. Commands made here carry that
/// transaction. A session that keeps its commands (SQLite's, lent again and again by <c>SqliteSessionPool</c>) hands
/// out the same command for the same text, so its statements stay prepared; otherwise each command lives as long as
/// the session. Disposing it ends an uncommitted transaction (a rollback), then gives the connection back.
/// </summary>
internal sealed class StorageSession : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand>? _kept;
    private readonly List<DbCommand>? _made;
    private readonly Action<StorageSession>? _giveBack;
    private SemaphoreSlim? _gate;

    /// <param name="connection">An open connection.</param>
    /// <param name="giveBack">Takes the session back when the operation is done; null closes it instead.</param>
    /// <param name="keepCommands">Keep each command for the next operation on this connection.</param>
    public StorageSession(DbConnection connection, Action<StorageSession>? giveBack = null, bool keepCommands = false)
    {
        Connection = connection;
        _giveBack = giveBack;
        if (keepCommands)
        {
            _kept = new Dictionary<string, DbCommand>(StringComparer.Ordinal);
        }
        else
        {
            _made = [];
        }
    }

    public DbConnection Connection { get; }

    public DbTransaction? Transaction { get; private set; }

    /// <summary>The command for <paramref name="sql"/> in this session's transaction, with no parameters yet.</summary>
    public DbCommand Command(string sql)
    {
        DbCommand? command = null;
        if (_kept is not null && _kept.TryGetValue(sql, out command))
        {
            command.Parameters.Clear();
        }
        else
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            if (_kept is not null)
            {
                _kept[sql] = command;
            }
            else
            {
                _made!.Add(command);
            }
        }

        command.Transaction = Transaction;
        return command;
    }

    public void Begin() => Transaction = Connection.BeginTransaction();

    public async ValueTask BeginAsync(CancellationToken cancellationToken) =>
        Transaction = await Connection.BeginTransactionAsync(cancellationToken);

    public void Commit()
    {
        Transaction!.Commit();
        EndTransaction();
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await Transaction!.CommitAsync(cancellationToken);
        EndTransaction();
    }

    /// <summary>Keeps <paramref name="gate"/> (already entered) until the session is disposed.</summary>
    public void HoldUntilDisposed(SemaphoreSlim gate) => _gate = gate;

    public async ValueTask DisposeAsync()
    {
        // Taken off the session before it is given back: once in the pool it may be lent to the next write, which
        // holds the gate again by then and must keep it.
        var gate = _gate;
        _gate = null;
        try
        {
            if (Transaction is { } transaction)
            {
                Transaction = null;
                await transaction.DisposeAsync();
            }

            if (_giveBack is null)
            {
                await CloseAsync();
            }
            else
            {
                _giveBack(this);
            }
        }
        finally
        {
            // Released last: the write is over only when its transaction is.
            gate?.Release();
        }
    }

    /// <summary>Closes the connection for good, with every command made on it.</summary>
    public void Close()
    {
        EndTransaction();
        DisposeCommands();
        Connection.Dispose();
    }

    private async ValueTask CloseAsync()
    {
        DisposeCommands();
        await Connection.DisposeAsync();
    }

    private void DisposeCommands()
    {
        foreach (var command in _kept?.Values ?? (IEnumerable<DbCommand>)_made!)
        {
            command.Dispose();
        }
    }

    private void EndTransaction()
    {
        Transaction?.Dispose();
        Transaction = null;
    }
}
