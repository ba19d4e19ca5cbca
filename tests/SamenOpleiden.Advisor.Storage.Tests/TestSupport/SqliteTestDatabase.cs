using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SamenOpleiden.Advisor.Storage.Database;
using SamenOpleiden.Advisor.Storage.Sqlite;

namespace SamenOpleiden.Advisor.Storage.Tests.TestSupport;

/// <summary>A database file in a fresh temp folder (in a folder that does not exist yet), removed afterwards.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "advisor-tests-" + Guid.NewGuid().ToString("N"));

    public override string Provider => "SQLite";

    public string Path => System.IO.Path.Combine(_folder, "data", "advisor.db");

    public override DbConnection OpenConnection()
    {
        Directory.CreateDirectory(_folder + "/data");
        var connection = new SqliteConnection($"Data Source={Path}");
        connection.Open();
        return connection;
    }

    public override IReadOnlyList<string> CatalogueTables() =>
        Query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", reader => reader.GetString(0));

    public override IReadOnlyList<string> RowsAsText(string table) =>
        Query($"SELECT * FROM \"{table}\"", reader => string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) switch
        {
            byte[] blob => Encoding.UTF8.GetString(blob),
            var value => Convert.ToString(value, CultureInfo.InvariantCulture),
        })));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    internal override StorageDatabase Create(TimeProvider time) => new SqliteDatabase(Path, time);
}
