using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage.Stores;

/// <summary>Asks the database <c>SELECT 1</c> with a short timeout.</summary>
internal sealed class StorageHealth(StorageDatabase database) : IStorageHealth
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<bool> IsAvailableAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await using var session = await database.OpenAsync(timeout.Token);
            await session.Command("SELECT 1;").ExecuteScalarAsync(timeout.Token);
            return true;
        }
        catch (Exception exception) when (exception is OperationCanceledException || StorageUnavailableException.Describes(exception))
        {
            // Connections cut by a restart would fail one turn each; drop them so recovery starts fresh.
            database.DropIdleConnections();
            return false;
        }
    }
}
