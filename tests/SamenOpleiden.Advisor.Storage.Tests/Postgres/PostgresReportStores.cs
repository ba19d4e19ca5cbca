using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Storage.Postgres;
using SamenOpleiden.Advisor.Storage.Tests.Contracts;
using SamenOpleiden.Advisor.Storage.Tests.Sqlite;

namespace SamenOpleiden.Advisor.Storage.Tests.Postgres;

/// <summary>The PostgreSQL report stores on a fresh database of the test cluster.</summary>
internal sealed class PostgresReportStores : IReportStoreSet, IAsyncDisposable
{
    private readonly PostgresTestDatabase _database;
    private readonly PostgresDatabase _opened;

    public PostgresReportStores(PostgresCluster cluster)
    {
        _database = new PostgresTestDatabase(cluster);
        _opened = _database.Open();
        Archive = new PostgresReportArchive(_opened, TimeSpan.FromDays(30), Clock);
        Regions = new PostgresRegionDirectory(_opened, Clock);
    }

    public ReportStoreFixture.ManualClock Clock { get; } = new();

    public IReportArchive Archive { get; }

    public IRegionDirectory Regions { get; }

    public IConversationStore Conversations => new PostgresConversationStore(_opened);

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
