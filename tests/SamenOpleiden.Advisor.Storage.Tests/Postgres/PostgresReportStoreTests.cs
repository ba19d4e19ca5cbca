using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Storage.Postgres;
using SamenOpleiden.Advisor.Storage.Tests.Contracts;

namespace SamenOpleiden.Advisor.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresReportStoreTests : ReportStoreContract, IAsyncLifetime
{
    private readonly PostgresTestDatabase _database;
    private readonly PostgresDatabase _opened;

    public PostgresReportStoreTests(PostgresCluster cluster)
    {
        _database = new PostgresTestDatabase(cluster);
        _opened = _database.Open();
        Archive = new PostgresReportArchive(_opened, TimeSpan.FromDays(30), Clock);
        Regions = new PostgresRegionDirectory(_opened, Clock);
    }

    protected override IReportArchive Archive { get; }

    protected override IRegionDirectory Regions { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    protected override IConversationStore CreateConversationStore() => new PostgresConversationStore(_opened);
}
