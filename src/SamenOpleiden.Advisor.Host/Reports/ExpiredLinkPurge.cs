using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Host.Composition;

namespace SamenOpleiden.Advisor.Host.Reports;

/// <summary>
/// An expired report link already opens nothing; this removes it from the store as well, at start-up and then every
/// <see cref="PeriodicPurge.Interval"/>, so no secret outlives its purpose. The assessment itself stays for the coordinator's view.
/// </summary>
internal sealed class ExpiredLinkPurge(IReportArchive archive, TimeProvider time, ILogger<ExpiredLinkPurge> logger) : PeriodicPurge(time)
{
    internal override async Task PurgeOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var deleted = await archive.DeleteExpiredLinksAsync(cancellationToken);
            if (deleted > 0) logger.LogInformation("Deleted {Count} expired report links", deleted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not delete expired report links; trying again in {Interval}", Interval);
        }
    }
}
