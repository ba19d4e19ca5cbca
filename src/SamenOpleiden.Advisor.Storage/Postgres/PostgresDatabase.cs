using System.Net.Sockets;
using Npgsql;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Storage.Postgres.Migrations;

namespace SamenOpleiden.Advisor.Storage.Postgres;

/// <summary>
/// One PostgreSQL database shared by every instance: a pooled data source, migrated before the
/// first connection is handed out. A failed migration (database down) is retried on the next use.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly SemaphoreSlim _migrating = new(1, 1);
    private volatile bool _migrated;

    /// <param name="connectionString">An Npgsql connection string, e.g. <c>Host=db;Database=advisor;Username=advisor</c>.</param>
    public PostgresDatabase(string connectionString)
    {
        ConnectionString = connectionString;
        DataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <summary>The connection string this database was opened with.</summary>
    public string ConnectionString { get; }

    internal NpgsqlDataSource DataSource { get; }

    /// <summary>An open connection to a migrated database.</summary>
    /// <exception cref="StorageUnavailableException">The server cannot be reached; idle pooled connections are dropped, so recovery starts fresh.</exception>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            await EnsureMigratedAsync(cancellationToken);
            return await DataSource.OpenConnectionAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or SocketException or TimeoutException)
        {
            DataSource.Clear();
            throw new StorageUnavailableException(exception);
        }
    }

    /// <summary>Applies missing migrations once per process; safe when several instances start at once.</summary>
    public async Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        if (_migrated)
        {
            return;
        }

        await _migrating.WaitAsync(cancellationToken);
        try
        {
            if (!_migrated)
            {
                await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
                await PostgresMigrator.ApplyAsync(connection, PostgresMigrations.All, cancellationToken);
                _migrated = true;
            }
        }
        finally
        {
            _migrating.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        _migrating.Dispose();
    }
}
