using System.Data.Common;
using SamenOpleiden.Advisor.Storage.Database;

namespace SamenOpleiden.Advisor.Storage.Tests.TestSupport;

/// <summary>
/// A fresh database of one provider for one test class. <see cref="Open"/> gives it as one more process or instance
/// would see it (its own connections, migrated on first use); the rest looks into it with the driver itself.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    private readonly List<StorageDatabase> _opened = [];

    /// <summary>The database's name in the counts tests report.</summary>
    public abstract string Provider { get; }

    /// <summary>The database as one more process or instance opens it.</summary>
    internal StorageDatabase Open(TimeProvider? time = null)
    {
        var database = Create(time ?? TimeProvider.System);
        lock (_opened)
        {
            _opened.Add(database);
        }

        return database;
    }

    /// <summary>A connection of the driver itself, outside the stores (the database may not be migrated yet).</summary>
    public abstract DbConnection OpenConnection();

    /// <summary>Every table of the schema, read from the database's catalogue.</summary>
    public abstract IReadOnlyList<string> CatalogueTables();

    /// <summary>Every row of <paramref name="table"/>, each with all its columns as text.</summary>
    public abstract IReadOnlyList<string> RowsAsText(string table);

    public long Count(string table, string where = "1 = 1") => Convert.ToInt64(Scalar($"SELECT COUNT(*) FROM {table} WHERE {where};"));

    public object? Scalar(string sql)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public List<T> Query<T>(string sql, Func<DbDataReader, T> read)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    internal abstract StorageDatabase Create(TimeProvider time);
}
