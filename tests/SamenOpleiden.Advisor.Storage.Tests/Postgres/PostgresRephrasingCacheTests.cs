using SamenOpleiden.Advisor.Rephrasing.Caching;
using SamenOpleiden.Advisor.Storage.Postgres;
using SamenOpleiden.Advisor.Storage.Tests.Contracts;

namespace SamenOpleiden.Advisor.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresRephrasingCacheTests(PostgresCluster cluster) : RephrasingCacheContract, IAsyncLifetime
{
    private readonly PostgresTestDatabase _database = new(cluster);

    // Each instance opens the database with its own pool, as another service instance would.
    protected override IRephrasingCache CreateInstance() => new PostgresRephrasingCache(_database.Open(), TimeProvider.System);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();
}
