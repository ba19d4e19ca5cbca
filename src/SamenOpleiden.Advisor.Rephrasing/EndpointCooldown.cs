namespace SamenOpleiden.Advisor.Rephrasing;

/// <summary>
/// After the endpoint timed out or failed, the next respondents get the rule text at once for a
/// short while instead of each waiting out the whole time budget. Guard failures do not count:
/// the endpoint answered, only that answer was unusable.
/// </summary>
internal sealed class EndpointCooldown(TimeSpan period, TimeProvider time)
{
    private long _until;

    /// <summary>True while the last transport failure is less than the period ago.</summary>
    public bool IsCoolingDown => time.GetUtcNow().UtcTicks < Interlocked.Read(ref _until);

    public void Failed() => Interlocked.Exchange(ref _until, (time.GetUtcNow() + period).UtcTicks);
}
