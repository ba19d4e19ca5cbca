using Microsoft.Extensions.Time.Testing;
namespace SamenOpleiden.Advisor.Rephrasing.Tests;

public sealed class EndpointCooldownTests
{

    [Fact]
    public void IsCoolingDown_DuringAndAfterThePeriod_IsTrueThenFalse()
    {
        // Arrange
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        var cooldown = new EndpointCooldown(TimeSpan.FromSeconds(30), clock);

        // Act + Assert
        Assert.False(cooldown.IsCoolingDown);
        cooldown.Failed();
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.True(cooldown.IsCoolingDown);
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(cooldown.IsCoolingDown);
    }

    [Fact]
    public void IsCoolingDown_ZeroPeriod_NeverCoolsDown()
    {
        var cooldown = new EndpointCooldown(TimeSpan.Zero, new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero)));

        cooldown.Failed();

        Assert.False(cooldown.IsCoolingDown);
    }
}
