using System.Text;
using Microsoft.Data.Sqlite;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Storage.Sqlite;
using SamenOpleiden.Advisor.Storage.Tests.Contracts;

namespace SamenOpleiden.Advisor.Storage.Tests.Sqlite;

public sealed class SqliteReportStoreTests : ReportStoreContract, IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "advisor-reports-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteDatabase _database;

    public SqliteReportStoreTests()
    {
        DatabasePath = Path.Combine(_directory, "advisor.db");
        _database = new SqliteDatabase(DatabasePath);
        Archive = new SqliteReportArchive(_database, TimeSpan.FromDays(30), Clock);
        Regions = new SqliteRegionDirectory(_database, Clock);
    }

    private string DatabasePath { get; }

    protected override IReportArchive Archive { get; }

    protected override IRegionDirectory Regions { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    protected override IConversationStore CreateConversationStore() => new SqliteConversationStore(_database);

    [Fact]
    public async Task SaveAsync_Links_Are128RandomBitsAndNeverStoredInTheClear()
    {
        var first = await SaveAsync("u1");
        var second = await SaveAsync("u1");

        Assert.NotEqual(first.Token, second.Token);
        Assert.Equal(16, Convert.FromBase64String(first.Token.Replace('-', '+').Replace('_', '/') + "==").Length);
        SqliteConnection.ClearAllPools();
        var bytes = await File.ReadAllBytesAsync(DatabasePath);
        var wal = DatabasePath + "-wal";
        var all = Encoding.Latin1.GetString(bytes) + (File.Exists(wal) ? Encoding.Latin1.GetString(await File.ReadAllBytesAsync(wal)) : "");
        Assert.DoesNotContain(first.Token, all);
    }
}
