using SamenOpleiden.Advisor.Testing.Postgres;
using System.Data.Common;
using Npgsql;
using SamenOpleiden.Advisor.Storage.Database;
using SamenOpleiden.Advisor.Storage.Postgres;
using SamenOpleiden.Advisor.Storage.Tests.Postgres;

namespace SamenOpleiden.Advisor.Storage.Tests.TestSupport;

/// <summary>A fresh database on the private test cluster.</summary>
public sealed class PostgresTestDatabase(PostgresCluster cluster) : TestDatabase
{
    public override string Provider => "PostgreSQL";

    public string ConnectionString { get; } = cluster.CreateDatabase();

    public override DbConnection OpenConnection()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public override IReadOnlyList<string> CatalogueTables() => Query(
        "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1",
        reader => reader.GetString(0));

    // A row as PostgreSQL writes it as a literal: every column, text as it is stored.
    public override IReadOnlyList<string> RowsAsText(string table) => Query($"SELECT t::text FROM \"{table}\" AS t", reader => reader.GetString(0));

    internal override StorageDatabase Create(TimeProvider time) => new PostgresDatabase(ConnectionString, time);
}
