using SamenOpleiden.Advisor.Storage.Tests.Contracts;

namespace SamenOpleiden.Advisor.Storage.Tests.Sqlite;

public sealed class SqliteRegionDirectoryTests : RegionDirectoryContract, IDisposable
{
    private readonly ReportStoreFixture _store = new();

    private protected override IReportStoreSet Store => _store;

    public void Dispose() => _store.Dispose();
}
