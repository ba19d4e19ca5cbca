using Microsoft.Extensions.Time.Testing;
using System.Net;
using SamenOpleiden.Advisor.Conversation.Guessing;

namespace SamenOpleiden.Advisor.Conversation.Tests.Guessing;

public sealed class GuessLimiterTests
{
    private static CancellationToken Ct => CancellationToken.None;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task AClientPastItsLimitIsBlockedForTheRestOfTheWindowThenCountsAgain()
    {
        var limiter = new GuessLimiter(new GuessLimitOptions { AccessCodeFailuresPerClient = 3, Window = TimeSpan.FromMinutes(15) }, _clock, new InMemoryGuessCounts());
        var buckets = limiter.AccessCode("198.51.100.7");

        for (var i = 0; i < 2; i++)
        {
            await limiter.FailedAsync(buckets, Ct);
        }

        Assert.Null(await limiter.BlockedForAsync(buckets, Ct));
        await limiter.FailedAsync(buckets, Ct);
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(TimeSpan.FromMinutes(10), await limiter.BlockedForAsync(buckets, Ct));
        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Null(await limiter.BlockedForAsync(buckets, Ct));
        await limiter.FailedAsync(buckets, Ct);
        Assert.Null(await limiter.BlockedForAsync(buckets, Ct));
    }

    [Fact]
    public async Task ClientsCountApartButTheBucketOfAllCodesHoldsForEveryone()
    {
        var limiter = new GuessLimiter(new GuessLimitOptions { AccessCodeFailuresPerClient = 5, AccessCodeFailuresInTotal = 8 }, _clock, new InMemoryGuessCounts());

        for (var client = 0; client < 8; client++)
        {
            await limiter.FailedAsync(limiter.AccessCode($"203.0.113.{client}"), Ct);
        }

        Assert.NotNull(await limiter.BlockedForAsync(limiter.AccessCode("192.0.2.1"), Ct));
    }

    [Fact]
    public async Task ACoordinatorLinkCountsForTheClientAndForTheRegion()
    {
        var limiter = new GuessLimiter(new GuessLimitOptions { CoordinatorTokenFailuresPerClient = 2, CoordinatorTokenFailuresPerRegion = 3 }, _clock, new InMemoryGuessCounts());

        await limiter.FailedAsync(limiter.CoordinatorToken("a", "noord"), Ct);
        await limiter.FailedAsync(limiter.CoordinatorToken("a", "noord"), Ct);
        Assert.NotNull(await limiter.BlockedForAsync(limiter.CoordinatorToken("a", "zuid"), Ct));
        Assert.Null(await limiter.BlockedForAsync(limiter.CoordinatorToken("b", "noord"), Ct));
        await limiter.FailedAsync(limiter.CoordinatorToken("b", "noord"), Ct);
        Assert.NotNull(await limiter.BlockedForAsync(limiter.CoordinatorToken("c", "noord"), Ct));
        Assert.Null(await limiter.BlockedForAsync(limiter.CoordinatorToken("c", "zuid"), Ct));
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
