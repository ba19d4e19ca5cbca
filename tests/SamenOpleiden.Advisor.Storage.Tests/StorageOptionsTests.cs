namespace SamenOpleiden.Advisor.Storage.Tests;

public sealed class StorageOptionsTests
{
    [Fact]
    public void SqliteFile_PostgresProviderWithItsConnectionString_KeepsTheDefaultSqliteFile()
    {
        var options = new StorageOptions { Provider = "Postgres", ConnectionString = "Host=127.0.0.1;Port=5432;Database=advisor;Username=advisor" };

        Assert.Equal(StorageOptions.DefaultSqliteFileName, Path.GetFileName(options.SqliteFile()));
    }

    [Fact]
    public void SqliteFile_SqliteProviderWithADataSource_UsesThatFile()
    {
        var file = Path.Combine(Path.GetTempPath(), "advisor-path-test.db");

        Assert.Equal(file, new StorageOptions { Provider = "Sqlite", ConnectionString = $"Data Source={file}" }.SqliteFile());
    }

    [Fact]
    public void SqliteFile_SqlitePathAndADataSource_TakesTheSqlitePath()
    {
        var file = Path.Combine(Path.GetTempPath(), "advisor-path-wins.db");

        Assert.Equal(file, new StorageOptions { SqlitePath = file, ConnectionString = "Data Source=elsewhere.db" }.SqliteFile());
    }
}
