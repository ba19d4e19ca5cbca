namespace SamenOpleiden.Advisor.Host.Tests.TestSupport;

/// <summary>A clock the test moves by hand, to expire tokens without waiting.</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
