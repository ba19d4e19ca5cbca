using Microsoft.Data.Sqlite;
using SamenOpleiden.Advisor.Storage.Sqlite;
using SamenOpleiden.Advisor.Storage.Tests.Contracts;

namespace SamenOpleiden.Advisor.Storage.Tests.Sqlite;

public sealed class SqliteRespondentDeletionTests : RespondentDeletionContract, IDisposable
{
    private readonly TempDatabase _file = new();
    private readonly SqliteDatabase _database;

    public SqliteRespondentDeletionTests()
    {
        _database = _file.Open();
        Stores = new(new SqliteConversationStore(_database), new SqliteTranscriptStore(_database),
            new SqliteReportArchive(_database, TimeSpan.FromDays(90), TimeProvider.System), new SqliteRephrasingCache(_database, TimeProvider.System),
            new SqliteUndeliveredReplyStore(_database), new SqliteDataRetention(_database));
    }

    protected override string Provider => "SQLite";

    protected override StoresOnOneDatabase Stores { get; }

    protected override IReadOnlyList<string> DeletedTables => [.. SqliteRespondentData.Tables.Select(t => t.Table)];

    protected override IReadOnlyList<string> TablesWithoutRespondentData => SqliteRespondentData.TablesWithoutRespondentData;

    protected override IReadOnlyList<string> CatalogueTables() =>
        Query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", reader => reader.GetString(0));

    protected override IReadOnlyList<string> RowsAsText(string table) =>
        Query($"SELECT * FROM \"{table}\"", reader => string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) switch
        {
            byte[] blob => System.Text.Encoding.UTF8.GetString(blob),
            var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        })));

    public void Dispose() => _file.Dispose();

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read)
    {
        using var connection = _database.Open();
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
}
