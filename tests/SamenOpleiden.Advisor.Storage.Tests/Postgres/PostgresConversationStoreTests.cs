using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Storage.Postgres;
using SamenOpleiden.Advisor.Storage.Tests.Contracts;

namespace SamenOpleiden.Advisor.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresConversationStoreTests(PostgresCluster cluster) : ConversationStoreContract, IAsyncLifetime
{
    private readonly PostgresTestDatabase _database = new(cluster);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    protected override IConversationStore CreateStore() => new PostgresConversationStore(_database.Open());

    protected override long Count(string table, string where = "1 = 1") => _database.Count(table, where);
}
