using Npgsql;
using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Storage.Postgres;

/// <summary>Retention on PostgreSQL: the purges of <see cref="RetainedData"/>, in one transaction.</summary>
internal sealed class PostgresDataRetention(PostgresDatabase database) : IDataRetention
{
    private static readonly IReadOnlyList<(string Description, string Sql)> Purges = RetainedData.Purges("@cutoff");

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
