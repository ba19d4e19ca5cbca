using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Conversation.Transcripts;
using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage.Postgres;

/// <summary>
/// One PostgreSQL database shared by every instance: Npgsql's pooled data source, a transaction per turn, and
/// LISTEN/NOTIFY between instances. A failed migration (database down) is retried on the next use.
/// </summary>
internal sealed class PostgresDatabase(string connectionString, TimeProvider time)
    : StorageDatabase(NpgsqlDataSource.Create(connectionString), PostgresDialect.Instance, time)
{
    private NpgsqlDataSource Npgsql => (NpgsqlDataSource)DataSource;

    /// <exception cref="StorageUnavailableException">The server cannot be reached; idle pooled connections are dropped, so recovery starts fresh.</exception>
    public override async ValueTask<StorageSession> OpenAsync(CancellationToken cancellationToken) =>
        new(await OpenConnectionAsync(cancellationToken));

    /// <summary>An open connection of its own (a listener's), on the migrated database.</summary>
    /// <exception cref="StorageUnavailableException">The server cannot be reached.</exception>
    public async Task<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        try
        {
            await EnsureMigratedAsync(cancellationToken);
            return await Npgsql.OpenConnectionAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or SocketException or TimeoutException)
        {
            DropIdleConnections();
            throw new StorageUnavailableException(exception);
        }
    }

    public override void DropIdleConnections() => Npgsql.Clear();

    public override ITranscriptNotifications CreateTranscriptNotifications(ILoggerFactory loggers) =>
        new PostgresTranscriptNotifications(this, loggers.CreateLogger<PostgresTranscriptNotifications>());
}
