using SamenOpleiden.Advisor.Host.Composition;
using SamenOpleiden.Advisor.Storage;

namespace SamenOpleiden.Advisor.Host.Privacy;

/// <summary>
/// Purges what is kept only for a while (<see cref="IDataRetention"/>) once it is older than <see cref="RetentionOptions.Days"/>:
/// at start-up and then every <see cref="PeriodicPurge.Interval"/>.
/// </summary>
internal sealed class DataRetentionPurge(IDataRetention retention, RetentionOptions options, TimeProvider time, ILogger<DataRetentionPurge> logger)
    : PeriodicPurge(time)
{
    internal override async Task PurgeOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var purged = await retention.PurgeAsync(Time.GetUtcNow() - TimeSpan.FromDays(options.Days), cancellationToken);
            foreach (var item in purged.Items.Where(i => i.Count > 0))
            {
                logger.LogInformation("Retention ({Days} days): deleted {Count} x {What}", options.Days, item.Count, item.Description);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not purge data past its retention; trying again in {Interval}", Interval);
        }
    }
}
