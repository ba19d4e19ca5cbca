using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Storage.Tests.Contracts;

namespace SamenOpleiden.Advisor.Storage.Tests.Sqlite;

public sealed class SqliteConversationStoreTests : ConversationStoreContract, IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task SaveTurnAsync_NewConversation_CreatesFileInWalMode()
    {
        await _database.CreateStore().SaveTurnAsync(new TurnRecord(State("c1", "u1", regionName: "Binnenmeren"), null, null, []), Ct);

        Assert.True(File.Exists(_database.Path));
        Assert.Equal("wal", _database.Scalar("PRAGMA journal_mode;"));
    }

    protected override IConversationStore CreateStore() => _database.CreateStore();

    protected override long Count(string table, string where = "1 = 1") => _database.Count(table, where);
}
