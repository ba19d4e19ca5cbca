using SamenOpleiden.Advisor.Conversation.Transcripts;
using SamenOpleiden.Advisor.Storage.Postgres;
using SamenOpleiden.Advisor.Storage.Tests.Contracts;

namespace SamenOpleiden.Advisor.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresTranscriptStoreTests(PostgresCluster cluster) : TranscriptStoreContract, IAsyncLifetime
{
    private readonly PostgresTestDatabase _database = new(cluster);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    protected override ITranscriptStore CreateStore() => new PostgresTranscriptStore(_database.Open());
}
