using Microsoft.Data.Sqlite;
using Npgsql;

namespace SamenOpleiden.Advisor.Host.Tests.Reliability;

/// <summary>Counts, straight from the database, how often each activity id was stored as a processed turn.</summary>
internal static class StoredActivities
{
    private const string Query = "SELECT activity_id, COUNT(*) FROM processed_activities GROUP BY activity_id";

    public static async Task<IReadOnlyDictionary<string, int>> InPostgresAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Query, connection);
        return await ReadAsync(await command.ExecuteReaderAsync());
    }

    public static async Task<IReadOnlyDictionary<string, int>> InSqliteAsync(string path)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new SqliteCommand(Query, connection);
        return await ReadAsync(await command.ExecuteReaderAsync());
    }

    private static async Task<IReadOnlyDictionary<string, int>> ReadAsync(System.Data.Common.DbDataReader reader)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (reader)
        {
            while (await reader.ReadAsync())
            {
                counts[reader.GetString(0)] = Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return counts;
    }
}
