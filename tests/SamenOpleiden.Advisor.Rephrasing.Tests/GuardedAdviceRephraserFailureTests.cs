using SamenOpleiden.Advisor.Testing;
using System.Diagnostics;
using SamenOpleiden.Advisor.Rephrasing.Tests.TestSupport;
using static SamenOpleiden.Advisor.Rephrasing.Tests.TestSupport.AdviceFixtures;

namespace SamenOpleiden.Advisor.Rephrasing.Tests;

/// <summary>Transport failures: the endpoint errs, hangs or refuses, and the respondent still gets the rules' advice in time.</summary>
public sealed class GuardedAdviceRephraserFailureTests
{
    [Fact]
    public async Task RephraseAsync_Http500_FallsBackOnceWithoutRetrying()
    {
        // Arrange
        await using var harness = await RephraserHarness.StartAsync();
        harness.Server.Reply = _ => FakeReply.Error(500);
        var clock = Stopwatch.StartNew();

        // Act
        var advice = await harness.RephraseAsync();

        // Assert
        Assert.True(clock.Elapsed < harness.Budget, $"took {clock.Elapsed}");
        Assert.Equal(RephrasingFallbackReason.EndpointError, advice.FallbackReason);
        Assert.Contains("500", advice.FallbackDetail);
        Assert.All(advice.Items, i => Assert.False(i.IsRephrased));
        Assert.Equal(1, harness.Server.Calls);
        Assert.Equal(["endpoint_error"], harness.FallbackReasons());
    }

    [Fact]
    public async Task RephraseAsync_EndpointHangsPastTimeout_FallsBackWhenTheBudgetEnds()
    {
        // Arrange
        await using var harness = await RephraserHarness.StartAsync(o => o.TimeoutSeconds = 1);
        harness.Server.Reply = _ => FakeReply.Hanging();
        var clock = Stopwatch.StartNew();

        // Act
        var advice = await harness.RephraseAsync();

        // Assert
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"gave up early: {clock.Elapsed}");
        Assert.True(clock.Elapsed < harness.Budget, $"took {clock.Elapsed}");
        Assert.Equal(RephrasingFallbackReason.Timeout, advice.FallbackReason);
        Assert.Equal(Result().Steps.SelectMany(s => s.Items).Select(AdviceRuleText.Of), advice.Items.Select(i => i.Text));
        Assert.Equal(["timeout"], harness.FallbackReasons());
    }

    [Fact]
    public async Task RephraseAsync_RightAfterATimeout_FallsBackAtOnceWithoutCallingTheEndpoint()
    {
        // Arrange
        await using var harness = await RephraserHarness.StartAsync(o => (o.TimeoutSeconds, o.CooldownSeconds) = (1, 60));
        harness.Server.Reply = _ => FakeReply.Hanging();
        await harness.RephraseAsync();
        var clock = Stopwatch.StartNew();

        // Act
        var advice = await harness.RephraseAsync(new RephrasingRequest(Result("Onderwijsregio Noordwest")));

        // Assert
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(0.5), $"took {clock.Elapsed}");
        Assert.Equal(RephrasingFallbackReason.CoolingDown, advice.FallbackReason);
        Assert.Equal(1, harness.Server.Calls);
        Assert.Equal(["timeout", "cooling_down"], harness.FallbackReasons());
    }

    [Fact]
    public async Task RephraseAsync_EndpointUnreachable_FallsBackWithEndpointError()
    {
        // Arrange: a port that was free a moment ago and has no listener now.
        var server = await FakeChatServer.StartAsync();
        var endpoint = server.Endpoint;
        await server.DisposeAsync();
        await using var harness = await RephraserHarness.StartAsync(o => o.Endpoint = endpoint);

        // Act
        var advice = await harness.RephraseAsync();

        // Assert
        Assert.Equal(RephrasingOutcome.FellBack, advice.Outcome);
        Assert.Equal(RephrasingFallbackReason.EndpointError, advice.FallbackReason);
    }

    [Fact]
    public async Task RephraseAsync_ContentFilterFinishReason_FallsBackAsRefusal()
    {
        // Arrange: even a well-formed answer is not used when the endpoint says it was filtered.
        await using var harness = await RephraserHarness.StartAsync();
        harness.Server.Reply = _ => FakeReply.Content(Answer(GoodTexts), finishReason: "content_filter");

        // Act
        var advice = await harness.RephraseAsync();

        // Assert
        Assert.Equal(RephrasingFallbackReason.Refusal, advice.FallbackReason);
        Assert.Equal(["refusal"], harness.FallbackReasons());
    }

    [Fact]
    public async Task RephraseAsync_StructuredRefusal_FallsBackAsRefusal()
    {
        // Arrange
        await using var harness = await RephraserHarness.StartAsync();
        harness.Server.Reply = _ => FakeReply.Refused("I'm sorry, I can't help with that.");

        // Act
        var advice = await harness.RephraseAsync();

        // Assert
        Assert.Equal(RephrasingFallbackReason.Refusal, advice.FallbackReason);
    }

    [Fact]
    public async Task RephraseAsync_CallerCancels_ThrowsInsteadOfPretendingToFallBack()
    {
        // Arrange
        await using var harness = await RephraserHarness.StartAsync(o => o.TimeoutSeconds = 10);
        harness.Server.Reply = _ => FakeReply.Hanging();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        // Act + Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            harness.Rephraser.RephraseAsync(new RephrasingRequest(Result()), cancel.Token));
        Assert.Empty(harness.FallbackReasons());
    }
}
