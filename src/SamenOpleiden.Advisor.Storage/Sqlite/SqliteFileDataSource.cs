using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>
/// Connections to one SQLite file, each opened with the settings every connection needs (Microsoft.Data.Sqlite has no
/// data source of its own). secure_delete: deleted rows and the older versions of updated ones are overwritten with
/// zeros, so a deleted respondent's text cannot be read from free pages (<see cref="SqliteDatabase.ScrubDeletedTextAsync"/>
/// does the WAL).
/// </summary>
internal sealed class SqliteFileDataSource(string path) : DbDataSource
{
    private const string Settings = "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;";

    public override string ConnectionString { get; } = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    protected override DbConnection CreateDbConnection() => new SqliteConnection(ConnectionString);

    protected override DbConnection OpenDbConnection()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var settings = connection.CreateCommand();
        settings.CommandText = Settings;
        settings.ExecuteNonQuery();
        return connection;
    }

    // Microsoft.Data.Sqlite does its I/O synchronously either way.
    protected override ValueTask<DbConnection> OpenDbConnectionAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(OpenDbConnection());
    }
}
