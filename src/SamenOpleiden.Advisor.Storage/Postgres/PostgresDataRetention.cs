using Npgsql;
using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Storage.Postgres;

/// <summary>Retention on PostgreSQL: the same purges as <c>SqliteDataRetention</c>, in one transaction.</summary>
internal sealed class PostgresDataRetention(PostgresDatabase database) : IDataRetention
{
    private static readonly (string Description, string Sql)[] Purges =
    [
        ("opgeslagen antwoorden van de bot", "DELETE FROM processed_activities WHERE created_at < @cutoff;"),
        ("niet bezorgde antwoorden", "DELETE FROM undelivered_replies WHERE failed_at < @cutoff;"),
        ("berichten in de webchat", "DELETE FROM transcript_entry WHERE conversation_id IN (SELECT conversation_id FROM transcript_conversation WHERE updated_utc < @cutoff);"),
        ("webchatgesprekken", "DELETE FROM transcript_conversation WHERE updated_utc < @cutoff;"),
        ("sporen van gewiste webchatgesprekken", "DELETE FROM erased_transcripts WHERE erased_at < @cutoff;"),
    ];

    public async Task<DeletionReport> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var items = new List<DeletedData>();
        foreach (var (description, sql) in Purges)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            command.Parameters.AddWithValue("cutoff", cutoff.ToUniversalTime());
            items.Add(new DeletedData(description, await command.ExecuteNonQueryAsync(cancellationToken)));
        }

        await transaction.CommitAsync(cancellationToken);
        return new DeletionReport(items);
    }
}
