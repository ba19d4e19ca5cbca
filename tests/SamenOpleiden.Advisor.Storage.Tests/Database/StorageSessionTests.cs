using Microsoft.Data.Sqlite;
using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage.Tests.Database;

public sealed class StorageSessionTests
{
    [Fact]
    public async Task DisposeAsync_SessionLentToTheNextWriteAsItIsGivenBack_ReleasesItsOwnWriteAndLeavesTheNextOneHeld()
    {
        var first = new SemaphoreSlim(0, 1);
        var next = new SemaphoreSlim(0, 1);
        await using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        // A pool that lends the session to the next write the moment it comes back, as a busy service does.
        var session = new StorageSession(connection, giveBack: returned => returned.HoldUntilDisposed(next), keepCommands: true);
        session.HoldUntilDisposed(first);

        await session.DisposeAsync();

        Assert.Equal((1, 0), (first.CurrentCount, next.CurrentCount));
    }
}
