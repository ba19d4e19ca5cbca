namespace SamenOpleiden.Advisor.Rephrasing.Tests;

public sealed class EndpointCooldownTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void IsCoolingDown_DuringAndAfterThePeriod_IsTrueThenFalse()
    {
        // Arrange
        var clock = new ManualClock();
        var cooldown = new EndpointCooldown(TimeSpan.FromSeconds(30), clock);

        // Act + Assert
        Assert.False(cooldown.IsCoolingDown);
        cooldown.Failed();
        clock.Now += TimeSpan.FromSeconds(29);
        Assert.True(cooldown.IsCoolingDown);
        clock.Now += TimeSpan.FromSeconds(2);
        Assert.False(cooldown.IsCoolingDown);
    }

    [Fact]
    public void IsCoolingDown_ZeroPeriod_NeverCoolsDown()
    {
        var cooldown = new EndpointCooldown(TimeSpan.Zero, new ManualClock());

        cooldown.Failed();

        Assert.False(cooldown.IsCoolingDown);
    }
}
