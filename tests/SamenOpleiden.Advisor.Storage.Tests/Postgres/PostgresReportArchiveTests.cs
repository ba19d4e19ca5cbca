using SamenOpleiden.Advisor.Storage.Tests.Contracts;

namespace SamenOpleiden.Advisor.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresReportArchiveTests(PostgresCluster cluster) : ReportArchiveContract, IAsyncLifetime
{
    private readonly PostgresReportStores _stores = new(cluster);

    private protected override IReportStoreSet Store => _stores;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _stores.DisposeAsync();
}
