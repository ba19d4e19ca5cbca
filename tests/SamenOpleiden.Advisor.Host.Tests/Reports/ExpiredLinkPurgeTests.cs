using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Host.Reports;

namespace SamenOpleiden.Advisor.Host.Tests.Reports;

public class ExpiredLinkPurgeTests
{
    [Fact]
    public async Task StartingTheServicePurgesExpiredLinksAtOnce()
    {
        var purged = new TaskCompletionSource();
        var archive = new Mock<IReportArchive>();
        archive.Setup(a => a.DeleteExpiredLinksAsync(It.IsAny<CancellationToken>())).Returns(() =>
        {
            purged.TrySetResult();
            return Task.FromResult(3);
        });
        using var purge = new ExpiredLinkPurge(archive.Object, TimeProvider.System, NullLogger<ExpiredLinkPurge>.Instance);

        await purge.StartAsync(CancellationToken.None);
        await purged.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await purge.StopAsync(CancellationToken.None);

        archive.Verify(a => a.DeleteExpiredLinksAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task AStoreThatIsDownDoesNotStopThePurgeFromTryingAgainLater()
    {
        var archive = new Mock<IReportArchive>();
        archive.SetupSequence(a => a.DeleteExpiredLinksAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TimeoutException("database unreachable"))
            .ReturnsAsync(1);
        using var purge = new ExpiredLinkPurge(archive.Object, TimeProvider.System, NullLogger<ExpiredLinkPurge>.Instance);

        await purge.PurgeOnceAsync(CancellationToken.None);
        await purge.PurgeOnceAsync(CancellationToken.None);

        archive.Verify(a => a.DeleteExpiredLinksAsync(It.IsAny<CancellationToken>()), Times.Exactly(2));
    }
}
