using Microsoft.Data.Sqlite;
using SamenOpleiden.Advisor.Storage.Sqlite;

namespace SamenOpleiden.Advisor.Storage.Tests.Sqlite;

/// <summary>A database file in a fresh temp folder, removed afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "advisor-tests-" + Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(_folder, "data", "advisor.db");

    public SqliteDatabase Open() => new(Path);

    public SqliteConversationStore CreateStore() => new(Open());

    public long Count(string table, string where = "1 = 1")
    {
        using var connection = new SqliteConnection($"Data Source={Path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table} WHERE {where};";
        return (long)command.ExecuteScalar()!;
    }

    public string Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
