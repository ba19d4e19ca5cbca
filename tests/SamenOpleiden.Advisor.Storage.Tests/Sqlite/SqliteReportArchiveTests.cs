using System.Text;
using Microsoft.Data.Sqlite;
using SamenOpleiden.Advisor.Storage.Tests.Contracts;

namespace SamenOpleiden.Advisor.Storage.Tests.Sqlite;

public sealed class SqliteReportArchiveTests : ReportArchiveContract, IDisposable
{
    private readonly ReportStoreFixture _store = new();

    private protected override IReportStoreSet Store => _store;

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task SaveAsync_Links_Are128RandomBitsAndNeverStoredInTheClear()
    {
        var first = await SaveAsync("u1");
        var second = await SaveAsync("u1");

        Assert.NotEqual(first.Token, second.Token);
        Assert.Equal(16, Convert.FromBase64String(first.Token.Replace('-', '+').Replace('_', '/') + "==").Length);
        SqliteConnection.ClearAllPools();
        var bytes = await File.ReadAllBytesAsync(_store.DatabasePath);
        var wal = _store.DatabasePath + "-wal";
        var all = Encoding.Latin1.GetString(bytes) + (File.Exists(wal) ? Encoding.Latin1.GetString(await File.ReadAllBytesAsync(wal)) : "");
        Assert.DoesNotContain(first.Token, all);
    }
}
