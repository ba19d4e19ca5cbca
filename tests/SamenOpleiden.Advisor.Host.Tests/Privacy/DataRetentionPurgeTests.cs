using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Host.Privacy;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Storage;

using SamenOpleiden.Advisor.Host.Tests.Composition;

namespace SamenOpleiden.Advisor.Host.Tests.Privacy;

public sealed class DataRetentionPurgeTests
{
    [Fact]
    public async Task EachRunPurgesWhatWasLastWrittenMoreThanTheConfiguredDaysAgo()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var cutoffs = new List<DateTimeOffset>();
        var retention = new Mock<IDataRetention>();
        retention.Setup(r => r.PurgeAsync(Capture.In(cutoffs), It.IsAny<CancellationToken>())).ReturnsAsync(new DeletionReport([]));
        using var purge = new DataRetentionPurge(retention.Object, Read(("Retention:Days", "7")), clock, NullLogger<DataRetentionPurge>.Instance);

        await purge.PurgeOnceAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(1));
        await purge.PurgeOnceAsync(CancellationToken.None);

        Assert.Equal([clock.GetUtcNow() - TimeSpan.FromDays(7) - TimeSpan.FromHours(1), clock.GetUtcNow() - TimeSpan.FromDays(7)], cutoffs);
    }

    [Fact]
    public async Task AStoreThatIsDownDoesNotStopThePurgeFromTryingAgainLater()
    {
        var retention = new Mock<IDataRetention>();
        retention.SetupSequence(r => r.PurgeAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TimeoutException("database unreachable"))
            .ReturnsAsync(new DeletionReport([new DeletedData("berichten in de webchat", 4)]));
        using var purge = new DataRetentionPurge(retention.Object, Read(), TimeProvider.System, NullLogger<DataRetentionPurge>.Instance);

        await purge.PurgeOnceAsync(CancellationToken.None);
        await purge.PurgeOnceAsync(CancellationToken.None);

        retention.Verify(r => r.PurgeAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public void TheDefaultPeriodIsThirtyDaysAndANonPositiveOneStopsTheStartNamingTheKey()
    {
        Assert.Equal(30, Read().Days);
        var error = Assert.Throws<OptionsValidationException>(() => Read(("Retention:Days", "0")));
        Assert.Contains("Retention:Days", error.Message);
    }

    private static RetentionOptions Read(params (string Key, string? Value)[] settings) => ComposedServices.Settings<RetentionOptions>(settings);
}
