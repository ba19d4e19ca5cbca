using System.Text;
using Microsoft.Data.Sqlite;
using SamenOpleiden.Advisor.Storage.Tests.Contracts;
using SamenOpleiden.Advisor.Storage.Tests.Databases;

namespace SamenOpleiden.Advisor.Storage.Tests.Sqlite;

public sealed class SqliteReportStoreTests() : ReportStoreContract(new SqliteTestDatabase())
{
    [Fact]
    public async Task SaveAsync_Links_Are128RandomBitsAndNeverStoredInTheClear()
    {
        var first = await SaveAsync("u1");
        var second = await SaveAsync("u1");

        Assert.NotEqual(first.Token, second.Token);
        Assert.Equal(16, Convert.FromBase64String(first.Token.Replace('-', '+').Replace('_', '/') + "==").Length);
        SqliteConnection.ClearAllPools();
        var path = ((SqliteTestDatabase)Database).Path;
        var bytes = await File.ReadAllBytesAsync(path);
        var wal = path + "-wal";
        var all = Encoding.Latin1.GetString(bytes) + (File.Exists(wal) ? Encoding.Latin1.GetString(await File.ReadAllBytesAsync(wal)) : "");
        Assert.DoesNotContain(first.Token, all);
    }
}
