using SamenOpleiden.Advisor.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SamenOpleiden.Advisor.Rephrasing.Tests.TestSupport;
using static SamenOpleiden.Advisor.Rephrasing.Tests.TestSupport.AdviceFixtures;

namespace SamenOpleiden.Advisor.Rephrasing.Tests;

/// <summary>Switching the layer off and on, the cache, and what may never leak.</summary>
public sealed class RephrasingSetupTests
{
    [Fact]
    public async Task RephraseAsync_Disabled_ReturnsRuleTextWithoutAnyHttpCall()
    {
        // Arrange: a configured endpoint must still not be called while the layer is off.
        await using var harness = await RephraserHarness.StartAsync(o => o.Enabled = false);
        harness.Answering(Answer(GoodTexts));

        // Act
        var advice = await harness.RephraseAsync();

        // Assert
        Assert.False(harness.Rephraser.IsEnabled);
        Assert.Equal(RephrasingOutcome.Disabled, advice.Outcome);
        Assert.Equal(Result().Steps.SelectMany(s => s.Items).Select(AdviceRuleText.Of), advice.Items.Select(i => i.Text));
        Assert.Equal(0, harness.Server.Calls);
    }

    [Fact]
    public async Task RephraseAsync_SameResultTwice_AsksTheModelOnceAndServesTheCache()
    {
        // Arrange
        await using var harness = (await RephraserHarness.StartAsync()).Answering(Answer(GoodTexts));

        // Act
        var first = await harness.RephraseAsync();
        var second = await harness.RephraseAsync();

        // Assert
        Assert.Equal(RephrasingOutcome.Rephrased, first.Outcome);
        Assert.Equal(RephrasingOutcome.Cached, second.Outcome);
        Assert.Equal(first.Items, second.Items);
        Assert.Equal(1, harness.Server.Calls);
    }

    [Fact]
    public async Task RephraseAsync_OtherStyleOrOtherResult_AsksTheModelAgain()
    {
        // Arrange
        await using var harness = (await RephraserHarness.StartAsync()).Answering(Answer(GoodTexts));

        // Act
        await harness.RephraseAsync(new RephrasingRequest(Result(), "informeel"));
        await harness.RephraseAsync(new RephrasingRequest(Result(), "formeel"));
        await harness.RephraseAsync(new RephrasingRequest(Result("Onderwijsregio Noordwest"), "formeel"));

        // Assert
        Assert.Equal(3, harness.Server.Calls);
        Assert.Contains("Zakelijk en beleefd", harness.Server.Requests.ElementAt(1).Body["messages"]![0]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task RephraseAsync_AfterFallback_DoesNotCacheTheFailure()
    {
        // Arrange: the first answer fails the guard, the second passes; a guard failure is no reason to cool down.
        await using var harness = await RephraserHarness.StartAsync(o => o.CooldownSeconds = 60);
        harness.Server.Reply = call => FakeReply.Content(call == 1 ? "" : Answer(GoodTexts));

        // Act
        var first = await harness.RephraseAsync();
        var second = await harness.RephraseAsync();

        // Assert
        Assert.Equal(RephrasingOutcome.FellBack, first.Outcome);
        Assert.Equal(RephrasingOutcome.Rephrased, second.Outcome);
        Assert.Equal(2, harness.Server.Calls);
    }

    [Fact]
    public async Task RephraseAsync_EvenAtTraceLevel_NeverLogsTheRespondentsRemarks()
    {
        // Arrange
        await using var harness = (await RephraserHarness.StartAsync()).Answering(Answer(GoodTexts));
        var remarks = new Dictionary<string, string> { ["relaties"] = "Onze wethouder Jansen belt elke maandag." };

        // Act
        await harness.RephraseAsync(new RephrasingRequest(Result(), Remarks: remarks));

        // Assert
        Assert.NotEmpty(harness.Logs);
        Assert.DoesNotContain(harness.Logs, l => l.Message.Contains("wethouder Jansen", StringComparison.Ordinal));
        Assert.Equal(1, harness.Server.Calls);
    }

    [Fact]
    public async Task RephraseAsync_AnyOutcome_NeverLogsTheApiKey()
    {
        // Arrange
        await using var harness = await RephraserHarness.StartAsync();
        harness.Server.Reply = call => call == 1 ? FakeReply.Error(500) : FakeReply.Content(Answer(GoodTexts));

        // Act
        await harness.RephraseAsync();
        await harness.RephraseAsync();

        // Assert
        Assert.NotEmpty(harness.Logs);
        Assert.DoesNotContain(harness.Logs, l => l.Message.Contains(RephraserHarness.ApiKey, StringComparison.Ordinal));
        Assert.Contains(harness.Logs, l => l.Level == LogLevel.Information && l.Message.Contains("Rephrasing is on") && l.Message.Contains("fake-model"));
    }

    [Fact]
    public void AddRephrasing_EnabledWithoutEndpointOrModel_FailsNamingBothSettings()
    {
        // Arrange
        var options = new RephrasingOptions { Enabled = true, ApiKey = RephraserHarness.ApiKey };

        // Act
        var error = Assert.Throws<OptionsValidationException>(() => Validate(options));

        // Assert
        Assert.Contains("Rephrasing:Endpoint", error.Message);
        Assert.Contains("Rephrasing:Model", error.Message);
        Assert.DoesNotContain(RephraserHarness.ApiKey, error.Message);
    }

    [Fact]
    public void AddRephrasing_UnknownStyle_FailsListingTheStyles()
    {
        // Arrange
        var options = new RephrasingOptions { Enabled = true, Endpoint = "http://127.0.0.1:1/v1", Model = "m", Style = "plechtig" };

        // Act
        var error = Assert.Throws<OptionsValidationException>(() => Validate(options));

        // Assert
        Assert.Contains("'plechtig'", error.Message);
        Assert.Contains("kort", error.Message);
    }

    [Fact]
    public void ToString_OptionsWithApiKey_DoesNotShowTheKey()
    {
        var options = new RephrasingOptions { ApiKey = RephraserHarness.ApiKey };

        Assert.DoesNotContain(RephraserHarness.ApiKey, options.ToString());
    }

    // As the host checks the layer at start: the options as configured, against the prompts folder.
    private static void Validate(RephrasingOptions options)
    {
        using var services = new ServiceCollection()
            .AddRephrasing(RepositoryFiles.Prompts)
            .Configure<RephrasingOptions>(configured => Copy(options, configured))
            .BuildServiceProvider();
        services.GetRequiredService<IStartupValidator>().Validate();
    }

    private static void Copy(RephrasingOptions from, RephrasingOptions to)
    {
        (to.Enabled, to.Endpoint, to.Model, to.ApiKey, to.Style) = (from.Enabled, from.Endpoint, from.Model, from.ApiKey, from.Style);
    }
}
