using System.Globalization;
using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Storage.Sqlite;

/// <summary>Retention on the SQLite file: one transaction through the write gate, then the WAL is scrubbed like after a deletion.</summary>
internal sealed class SqliteDataRetention(SqliteDatabase database) : IDataRetention
{
    /// <summary>What is purged, oldest write before <c>$cutoff</c> (ISO 8601 UTC, as every timestamp in the file).</summary>
    private static readonly (string Description, string Sql)[] Purges =
    [
        ("opgeslagen antwoorden van de bot", "DELETE FROM processed_activities WHERE created_at < $cutoff;"),
        ("niet bezorgde antwoorden", "DELETE FROM undelivered_replies WHERE failed_at < $cutoff;"),
        ("berichten in de webchat", "DELETE FROM transcript_entry WHERE conversation_id IN (SELECT conversation_id FROM transcript_conversation WHERE updated_utc < $cutoff);"),
        ("webchatgesprekken", "DELETE FROM transcript_conversation WHERE updated_utc < $cutoff;"),
        ("sporen van gewiste webchatgesprekken", "DELETE FROM erased_transcripts WHERE erased_at < $cutoff;"),
    ];

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
