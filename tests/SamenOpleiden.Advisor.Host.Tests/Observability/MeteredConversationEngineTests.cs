using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Moq;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Host.Observability;

namespace SamenOpleiden.Advisor.Host.Tests.Observability;

public sealed class MeteredConversationEngineTests
{
    [Fact]
    public async Task HandleAsync_TurnsAndAnOutage_CountedByOutcomeAndLoggedWithConversationIdButNoTextTheOutageAsWarning()
    {
        // Arrange
        var inner = new Mock<IConversationEngine>();
        inner.SetupSequence(e => e.HandleAsync(It.IsAny<TurnInput>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new TextReply("Jullie zitten in fase 3")])
            .ThrowsAsync(new StorageUnavailableException(new TimeoutException()));
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var metrics = new AdvisorMetrics(services.GetRequiredService<IMeterFactory>());
        var log = new FakeLogger<MeteredConversationEngine>();
        var engine = new MeteredConversationEngine(inner.Object, metrics, log);
        var turns = new List<(long Value, string Outcome)>();
        using var listener = new MeterListener();
        // This test's meter only (the factory hands out one per name): services of tests running alongside count turns too.
        var meter = services.GetRequiredService<IMeterFactory>().Create(AdvisorMetrics.MeterName);
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == meter && instrument.Name == "advisor.turns")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            turns.Add((value, (string)tags.ToArray().Single(t => t.Key == "outcome").Value!)));
        listener.Start();
        var input = new TurnInput("conv-42", "user-7", TurnKind.Message, "geheim antwoord over onze regio", "msteams", "act-1");

        // Act
        await engine.HandleAsync(input, CancellationToken.None);
        await Assert.ThrowsAsync<StorageUnavailableException>(() => engine.HandleAsync(input, CancellationToken.None));

        // Assert
        Assert.Equal([(1L, "ok"), (1L, "unavailable")], turns);
        var lines = log.Collector.GetSnapshot();
        Assert.Equal([LogLevel.Debug, LogLevel.Warning], lines.Select(line => line.Level));
        Assert.All(lines, line => Assert.Contains("conv-42", line.Message));
        Assert.Contains("unavailable", lines[1].Message);
        Assert.DoesNotContain(lines, line => line.Message.Contains("geheim", StringComparison.Ordinal) || line.Message.Contains("fase 3", StringComparison.Ordinal));
    }
}
