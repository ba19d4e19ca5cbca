using Npgsql;
using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Storage.Postgres;

/// <summary>Asks PostgreSQL <c>SELECT 1</c> with a short timeout.</summary>
internal sealed class PostgresStorageHealth(PostgresDatabase database) : IStorageHealth
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<bool> IsAvailableAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await using var connection = await database.OpenAsync(timeout.Token);
            await using var command = new NpgsqlCommand("SELECT 1;", connection);
            await command.ExecuteScalarAsync(timeout.Token);
            return true;
        }
        catch (Exception exception) when (exception is OperationCanceledException || StorageUnavailableException.Describes(exception))
        {
            // Connections cut by a restart would fail one turn each; drop them so recovery starts fresh.
            database.DataSource.Clear();
            return false;
        }
    }
}
