using System.Text;
using Microsoft.Data.Sqlite;
using SamenOpleiden.Advisor.Storage.Tests.Contracts;
using SamenOpleiden.Advisor.Storage.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Storage.Tests.Sqlite;

public sealed class SqliteReportStoreTests() : ReportStoreContract(new SqliteTestDatabase())
{
    [Fact]
    public async Task SaveAsync_LinkToken_IsNowhereInTheDatabaseFileNorItsWal()
    {
        var link = await SaveAsync("u1");

        SqliteConnection.ClearAllPools();
        var path = ((SqliteTestDatabase)Database).Path;
        var wal = path + "-wal";
        var all = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(path)) + (File.Exists(wal) ? Encoding.Latin1.GetString(await File.ReadAllBytesAsync(wal)) : "");
        Assert.DoesNotContain(link.Token, all, StringComparison.Ordinal);
    }
}
