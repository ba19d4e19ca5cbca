using System.Globalization;
using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>Retention on the SQLite file: one transaction through the write gate, then the WAL is scrubbed like after a deletion.</summary>
internal sealed class SqliteDataRetention(SqliteDatabase database) : IDataRetention
{
    // Every timestamp in the file is ISO 8601 UTC text, so the cutoff compares as text.
    private static readonly IReadOnlyList<(string Description, string Sql)> Purges = RetainedData.Purges("$cutoff");

    public async Task<DeletionReport> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await database.WriteGate.WaitAsync(cancellationToken);
        try
        {
            var items = new List<DeletedData>();
            await using (var connection = database.Open())
            await using (var transaction = connection.BeginTransaction())
            {
                foreach (var (description, sql) in Purges)
                {
                    await using var command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = sql;
                    command.Parameters.AddWithValue("$cutoff", cutoff.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
                    items.Add(new DeletedData(description, await command.ExecuteNonQueryAsync(cancellationToken)));
                }

                await transaction.CommitAsync(cancellationToken);
            }

            var report = new DeletionReport(items);
            if (report.Total > 0)
            {
                await database.ScrubDeletedTextAsync();
            }

            return report;
        }
        finally
        {
            database.WriteGate.Release();
        }
    }
}
