using SamenOpleiden.Advisor.Core.Reports;

namespace SamenOpleiden.Advisor.Host.Reports;

/// <summary>
/// An expired report link already opens nothing; this removes it from the store as well, at start-up and then every
/// <see cref="Interval"/>, so no secret outlives its purpose. The assessment itself stays for the coordinator's view.
/// </summary>
internal sealed class ExpiredLinkPurge(IReportArchive archive, TimeProvider time, ILogger<ExpiredLinkPurge> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // SQLite answers synchronously; yield first so the purge never holds up the start of the service.
        await Task.Yield();
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            await PurgeOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    internal async Task PurgeOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var deleted = await archive.DeleteExpiredLinksAsync(cancellationToken);
            if (deleted > 0) logger.LogInformation("Deleted {Count} expired report links", deleted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store may be down for a while (PostgreSQL outage); the next tick tries again.
            logger.LogWarning(e, "Could not delete expired report links; trying again in {Interval}", Interval);
        }
    }
}
