using Npgsql;
using SamenOpleiden.Advisor.Storage.Postgres;

namespace SamenOpleiden.Advisor.Storage.Tests.Postgres;

/// <summary>A fresh database on the test cluster, with helpers to open it as several instances would.</summary>
internal sealed class PostgresTestDatabase(PostgresCluster cluster) : IAsyncDisposable
{
    private readonly List<PostgresDatabase> _opened = [];

    public string ConnectionString { get; } = cluster.CreateDatabase();

    /// <summary>The database as one more instance sees it: its own connection pool, migrated on first use.</summary>
    public PostgresDatabase Open()
    {
        var database = new PostgresDatabase(ConnectionString);
        lock (_opened)
        {
            _opened.Add(database);
        }

        return database;
    }

    public long Count(string table, string where = "1 = 1") => Convert.ToInt64(Scalar($"SELECT COUNT(*) FROM {table} WHERE {where};"));

    public object? Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }
    }
}
