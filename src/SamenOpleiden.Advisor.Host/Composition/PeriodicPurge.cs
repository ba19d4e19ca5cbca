namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>
/// Background work that removes what should no longer be kept: once at start-up and then every <see cref="Interval"/>.
/// A failed run (the database may be down for a while) is logged by the purge and tried again on the next tick.
/// </summary>
internal abstract class PeriodicPurge(TimeProvider time) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected TimeProvider Time { get; } = time;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // SQLite answers synchronously; yield first so the purge never holds up the start of the service.
        await Task.Yield();
        using var timer = new PeriodicTimer(Interval, Time);
        do
        {
            await PurgeOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One run; must not throw for a store that is unavailable.</summary>
    internal abstract Task PurgeOnceAsync(CancellationToken cancellationToken);
}
