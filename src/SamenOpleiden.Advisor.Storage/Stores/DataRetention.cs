using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Storage.Database;
using SamenOpleiden.Advisor.Storage.Schema;

namespace SamenOpleiden.Advisor.Storage.Stores;

/// <summary>Retention: the purges of <see cref="RetainedData"/> in one transaction, then deleted text scrubbed as after a deletion.</summary>
internal sealed class DataRetention(StorageDatabase database) : IDataRetention
{
    public async Task<DeletionReport> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var items = new List<DeletedData>();
        foreach (var (description, sql) in RetainedData.Purges)
        {
            items.Add(new DeletedData(description, await write.Command(sql).With("@cutoff", database.Dialect.TimestampValue(cutoff)).ExecuteNonQueryAsync(cancellationToken)));
        }

        await write.CommitAsync(cancellationToken);
        var report = new DeletionReport(items);
        if (report.Total > 0)
        {
            await database.ScrubDeletedTextAsync();
        }

        return report;
    }
}
