using Microsoft.Data.Sqlite;
using SamenOpleiden.Advisor.Storage.Sqlite.Migrations;

namespace SamenOpleiden.Advisor.Storage.Tests.Sqlite;

public sealed class SqliteMigratorTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void Open_FreshFile_RecordsEveryMigrationOnce()
    {
        _database.Open().Open().Dispose();
        _database.Open().Open().Dispose();

        Assert.Equal(SqliteMigrations.All.Count, _database.Count("schema_version"));
        Assert.Equal(SqliteMigrations.All.Max(m => m.Version).ToString(), _database.Scalar("SELECT MAX(version) FROM schema_version;"));
    }

    [Fact]
    public void Apply_AppendedMigration_AppliesOnlyTheNewOne()
    {
        using var connection = _database.Open().Open();
        List<SqliteMigration> extended = [.. SqliteMigrations.All, new(99, "test table", "CREATE TABLE extra (id INTEGER);")];

        SqliteMigrator.Apply(connection, extended);
        SqliteMigrator.Apply(connection, extended);

        Assert.Equal(99, SqliteMigrator.CurrentVersion(connection));
        Assert.Equal(0, _database.Count("extra"));
    }

    [Fact]
    public void Apply_FailingMigration_LeavesVersionAndSchemaUnchanged()
    {
        using var connection = _database.Open().Open();
        List<SqliteMigration> broken = [.. SqliteMigrations.All, new(50, "broken", "CREATE TABLE half (id INTEGER); SELECT * FROM missing_table;")];

        Assert.ThrowsAny<SqliteException>(() => SqliteMigrator.Apply(connection, broken));

        Assert.Equal(SqliteMigrations.All.Max(m => m.Version), SqliteMigrator.CurrentVersion(connection));
        Assert.Equal("0", _database.Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half';"));
    }
}
