using Microsoft.Data.Sqlite;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Storage.Sqlite;
using SamenOpleiden.Advisor.Storage.Tests.Contracts;

namespace SamenOpleiden.Advisor.Storage.Tests.Sqlite;

/// <summary>A fresh SQLite file per test, with a clock the test moves.</summary>
internal sealed class ReportStoreFixture : IReportStoreSet, IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "advisor-reports-" + Guid.NewGuid().ToString("N"));

    public ReportStoreFixture()
    {
        DatabasePath = Path.Combine(_directory, "advisor.db");
        Database = new SqliteDatabase(DatabasePath);
        Archive = new SqliteReportArchive(Database, TimeSpan.FromDays(30), Clock);
        Regions = new SqliteRegionDirectory(Database, Clock);
    }

    public string DatabasePath { get; }

    public ManualClock Clock { get; } = new();

    public SqliteDatabase Database { get; }

    public SqliteReportArchive Archive { get; }

    public SqliteRegionDirectory Regions { get; }

    IReportArchive IReportStoreSet.Archive => Archive;

    IRegionDirectory IReportStoreSet.Regions => Regions;

    public IConversationStore Conversations => new SqliteConversationStore(Database);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    public sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
