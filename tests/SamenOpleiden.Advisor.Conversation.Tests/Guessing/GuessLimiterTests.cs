using Microsoft.Extensions.Time.Testing;
using System.Net;
using SamenOpleiden.Advisor.Conversation.Guessing;

namespace SamenOpleiden.Advisor.Conversation.Tests.Guessing;

public sealed class GuessLimiterTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AClientPastItsLimitIsBlockedForTheRestOfTheWindowThenCountsAgain()
    {
        var limiter = new GuessLimiter(new GuessLimitOptions { AccessCodeFailuresPerClient = 3, Window = TimeSpan.FromMinutes(15) }, _clock);
        var buckets = limiter.AccessCode("198.51.100.7");

        for (var i = 0; i < 2; i++)
        {
            limiter.Failed(buckets);
        }

        Assert.Null(limiter.BlockedFor(buckets));
        limiter.Failed(buckets);
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(TimeSpan.FromMinutes(10), limiter.BlockedFor(buckets));
        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Null(limiter.BlockedFor(buckets));
        limiter.Failed(buckets);
        Assert.Null(limiter.BlockedFor(buckets));
    }

    [Fact]
    public void ClientsCountApartButTheBucketOfAllCodesHoldsForEveryone()
    {
        var limiter = new GuessLimiter(new GuessLimitOptions { AccessCodeFailuresPerClient = 5, AccessCodeFailuresInTotal = 8 }, _clock);

        for (var client = 0; client < 8; client++)
        {
            limiter.Failed(limiter.AccessCode($"203.0.113.{client}"));
        }

        Assert.NotNull(limiter.BlockedFor(limiter.AccessCode("192.0.2.1")));
    }

    [Fact]
    public void ACoordinatorLinkCountsForTheClientAndForTheRegion()
    {
        var limiter = new GuessLimiter(new GuessLimitOptions { CoordinatorTokenFailuresPerClient = 2, CoordinatorTokenFailuresPerRegion = 3 }, _clock);

        limiter.Failed(limiter.CoordinatorToken("a", "noord"));
        limiter.Failed(limiter.CoordinatorToken("a", "noord"));
        Assert.NotNull(limiter.BlockedFor(limiter.CoordinatorToken("a", "zuid")));
        Assert.Null(limiter.BlockedFor(limiter.CoordinatorToken("b", "noord")));
        limiter.Failed(limiter.CoordinatorToken("b", "noord"));
        Assert.NotNull(limiter.BlockedFor(limiter.CoordinatorToken("c", "noord")));
        Assert.Null(limiter.BlockedFor(limiter.CoordinatorToken("c", "zuid")));
    }

    [Theory]
    [InlineData("203.0.113.9", "203.0.113.9")]
    [InlineData("::ffff:203.0.113.9", "203.0.113.9")]
    [InlineData("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:ffff::1", "2001:db8:1:2::/64")]
    public void AnIpv6ClientCountsByItsSlash64(string address, string expected)
    {
        Assert.Equal(expected, ClientAddress.Of(IPAddress.Parse(address)));
    }

}
