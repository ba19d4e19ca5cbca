using Npgsql;
using SamenOpleiden.Advisor.Storage.Postgres;
using SamenOpleiden.Advisor.Storage.Tests.Contracts;

namespace SamenOpleiden.Advisor.Storage.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresRespondentDeletionTests : RespondentDeletionContract, IAsyncLifetime
{
    private readonly PostgresTestDatabase _database;

    public PostgresRespondentDeletionTests(PostgresCluster cluster)
    {
        _database = new PostgresTestDatabase(cluster);
        var opened = _database.Open();
        Stores = new(new PostgresConversationStore(opened), new PostgresTranscriptStore(opened),
            new PostgresReportArchive(opened, TimeSpan.FromDays(90), TimeProvider.System), new PostgresRephrasingCache(opened, TimeProvider.System),
            new PostgresUndeliveredReplyStore(opened), new PostgresDataRetention(opened));
    }

    protected override string Provider => "PostgreSQL";

    protected override StoresOnOneDatabase Stores { get; }

    protected override IReadOnlyList<string> DeletedTables => [.. PostgresRespondentData.Tables.Select(t => t.Table)];

    protected override IReadOnlyList<string> TablesWithoutRespondentData => PostgresRespondentData.TablesWithoutRespondentData;

    public async Task InitializeAsync() => await _database.Open().EnsureMigratedAsync(default);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    protected override IReadOnlyList<string> CatalogueTables() => Query(
        "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1",
        reader => reader.GetString(0));

    // A row as PostgreSQL writes it as a literal: every column, text as it is stored.
    protected override IReadOnlyList<string> RowsAsText(string table) =>
        Query($"SELECT t::text FROM \"{table}\" AS t", reader => reader.GetString(0));

    private List<T> Query<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        using var connection = new NpgsqlConnection(_database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
