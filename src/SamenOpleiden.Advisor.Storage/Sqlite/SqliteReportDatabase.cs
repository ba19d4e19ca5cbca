using Microsoft.Data.Sqlite;

namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>
/// The SQLite database that holds reports, regions and rounds: opens connections and creates the
/// tables once. A shared in-memory database (<c>Mode=Memory;Cache=Shared</c>) is kept alive until disposal.
/// </summary>
public sealed class SqliteReportDatabase : IDisposable
{
    private readonly string _connectionString;
    private readonly SqliteConnection? _keepAlive;
    private readonly Lazy<Task> _schema;

    public SqliteReportDatabase(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true };
        _connectionString = builder.ToString();
        if (builder.Mode == SqliteOpenMode.Memory)
        {
            _keepAlive = new SqliteConnection(_connectionString);
            _keepAlive.Open();
        }
        else if (Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        _schema = new Lazy<Task>(CreateSchemaAsync);
    }

    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await _schema.Value.WaitAsync(cancellationToken);
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public void Dispose() => _keepAlive?.Dispose();

    private async Task CreateSchemaAsync()
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = ReportsSchema.Sql;
        await command.ExecuteNonQueryAsync();
    }
}
