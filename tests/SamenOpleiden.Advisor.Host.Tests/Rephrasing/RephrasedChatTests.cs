using Microsoft.Extensions.Logging;
using SamenOpleiden.Advisor.Conversation.Dialog;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Testing;
using static SamenOpleiden.Advisor.Host.Tests.Rephrasing.RephrasingService;

namespace SamenOpleiden.Advisor.Host.Tests.Rephrasing;

/// <summary>
/// The optional LLM layer through the real service: a Teams respondent finishes Binnenmeren's
/// assessment while the layer points at an OpenAI-compatible fake on loopback.
/// </summary>
public sealed class RephrasedChatTests
{
    private const string Conversation = "a:rephrased-chat";

    [Fact]
    public async Task ARespondentFinishingTheAssessmentSeesTheRephrasedAdviceAndTheFooterWithPhasesAndTyperingFromTheRules()
    {
        await using var both = await BothAtResultAsync();
        var (server, chat, ruleChat) = (both.Server, both.Chat, both.RuleChat);

        var step = Visible([AdviceStep(chat.LastReplies)]);
        Assert.Contains(FakeModelAnswers.Marker, step);
        Assert.Contains(DialogTexts.Reworded, step);
        Assert.Equal(1, server.Calls);
        // Everything but the advice card (phase per focus point, typering, the closing question) is the rules' own, byte for byte.
        Assert.Equal(chat.LastReplies.Count, ruleChat.LastReplies.Count);
        var differing = chat.LastReplies.Zip(ruleChat.LastReplies).Where(p => p.First.GetRawText() != p.Second.GetRawText()).ToList();
        Assert.Equal(AdviceStep(chat.LastReplies).GetRawText(), Assert.Single(differing).First.GetRawText());
        // The roadmap's structure stays: step title, item titles, focus point and phases, who, when, instrument; only the action lists ("- ...") differ.
        var ruleStep = Visible([AdviceStep(ruleChat.LastReplies)]);
        Assert.All(ruleStep.Split('\n').Where(line => !line.StartsWith("- ", StringComparison.Ordinal)), line => Assert.Contains(line, step));
        Assert.DoesNotContain(ruleStep.Split('\n').First(line => line.StartsWith("- ", StringComparison.Ordinal)), step);
    }

    [Fact]
    public async Task TheNextStepComesFromTheCacheAndWaaromIsTheRulesOwn()
    {
        await using var both = await BothAtResultAsync();
        var (server, chat, ruleChat) = (both.Server, both.Chat, both.RuleChat);

        await chat.SayAsync("volgende stap");
        Assert.Contains(FakeModelAnswers.Marker, Visible(chat.LastReplies));
        Assert.Equal(1, server.Calls);

        await chat.SayAsync("waarom");
        await ruleChat.SayAsync("volgende stap");
        await ruleChat.SayAsync("waarom");
        Assert.Equal(ruleChat.LastReplies.Select(r => r.GetRawText()), chat.LastReplies.Select(r => r.GetRawText()));
    }

    [Fact]
    public async Task OriginaleTekstShowsTheStepInTheRulesWordsAndLaterStepsStayThatWay()
    {
        await using var both = await BothAtResultAsync();
        var (chat, ruleChat) = (both.Chat, both.RuleChat);

        await chat.SayAsync("originele tekst");
        await ruleChat.SayAsync("advies");
        // Step 1's card as the rules word it (the activities differ only in which message they answer).
        Assert.Equal(Card(ruleChat.LastReplies), Card(chat.LastReplies));
        Assert.Contains("eigen woorden van de regels", Visible(chat.LastReplies));

        await chat.SayAsync("volgende stap");
        await ruleChat.SayAsync("volgende stap");
        Assert.Equal(Card(ruleChat.LastReplies), Card(chat.LastReplies));
        Assert.DoesNotContain(FakeModelAnswers.Marker, Visible(chat.LastReplies));
    }

    /// <summary>One respondent at the result with the layer on (the fake answering faithfully), the same one on the rule path.</summary>
    private static async Task<AtResult> BothAtResultAsync()
    {
        var server = await FakeChatServer.StartAsync();
        server.Reply = _ => FakeModelAnswers.Faithful(server);
        var rephrased = new RephrasingService(server);
        var rules = new RephrasingService(null);
        var (chat, _) = await rephrased.FinishAssessmentAsync(Conversation);
        var (ruleChat, _) = await rules.FinishAssessmentAsync(Conversation);
        return new AtResult(server, rephrased, rules, chat, ruleChat);
    }

    private static string Card(IEnumerable<System.Text.Json.JsonElement> replies) => AdviceStep(replies).GetProperty("attachments").GetRawText();

    [Theory]
    [InlineData("dropped item", "missing_item")]
    [InlineData("invented focus point", "foreign_focus_point")]
    [InlineData("English", "not_dutch")]
    [InlineData("HTTP 500", "endpoint_error")]
    [InlineData("hang past the timeout", "timeout")]
    public async Task ABadAnswerFromTheModelShowsTheRuleTextWithinTheTimeBudgetAndTheLogSaysWhy(string failure, string reason)
    {
        const int timeoutSeconds = 3;
        await using var server = await FakeChatServer.StartAsync();
        server.Reply = _ => failure switch
        {
            "dropped item" => FakeModelAnswers.DroppedItem(server),
            "invented focus point" => FakeModelAnswers.InventedFocusPoint(server),
            "English" => FakeModelAnswers.English(server),
            "HTTP 500" => FakeReply.Error(500),
            _ => FakeReply.Hanging(),
        };
        await using var rephrased = new RephrasingService(server, extra: new Dictionary<string, string?> { ["Rephrasing:TimeoutSeconds"] = $"{timeoutSeconds}" });
        await using var rules = new RephrasingService(null);

        var (chat, lastTurn) = await rephrased.FinishAssessmentAsync(Conversation);
        var (ruleChat, _) = await rules.FinishAssessmentAsync(Conversation);

        Assert.Equal(1, server.Calls);
        Assert.Equal(ruleChat.LastReplies.Select(r => r.GetRawText()), chat.LastReplies.Select(r => r.GetRawText()));
        // The budget plus slack for a loaded two-core machine; a hang lasts 30 s.
        Assert.True(lastTurn < TimeSpan.FromSeconds(timeoutSeconds + 7), $"the result took {lastTurn.TotalSeconds:0.0}s");
        Assert.Contains(rephrased.Logs, l => l.Level == LogLevel.Warning && l.Message.StartsWith($"Rephrasing fell back to the rule text: {reason} (", StringComparison.Ordinal));
        // Neither the key nor the respondent's words reach the log.
        Assert.DoesNotContain(rephrased.Logs, l => l.Message.Contains("sk-test-host", StringComparison.Ordinal) || l.Message.Contains("eigen inschatting", StringComparison.Ordinal) || l.Message.Contains("eigen accenten", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SwitchedOffTheModelGetsNoRequestAndEveryReplyIsTheRulePathsByteForByte()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Reply = _ => FakeModelAnswers.Faithful(server);
        await using var off = new RephrasingService(server, enabled: false);
        await using var rules = new RephrasingService(null);

        var (chat, _) = await off.FinishAssessmentAsync(Conversation);
        var (ruleChat, _) = await rules.FinishAssessmentAsync(Conversation);
        foreach (var command in new[] { "volgende stap", "waarom", "originele tekst", "advies" })
        {
            await chat.SayAsync(command);
            await ruleChat.SayAsync(command);
        }

        Assert.Equal(0, server.Calls);
        Assert.Equal(ruleChat.Transcript, chat.Transcript);
        Assert.DoesNotContain("taalmodel", string.Join("\n", chat.Transcript));
    }

    [Fact]
    public async Task SwitchedOnTheWelcomeSaysTheAdviceGoesToTheLanguageModel()
    {
        await using var server = await FakeChatServer.StartAsync();
        await using var rephrased = new RephrasingService(server);

        var welcome = await rephrased.Chat(Conversation).InstallAsync();

        Assert.Contains(DialogTexts.PrivacyLanguageModel, Visible(welcome));
    }

    private sealed record AtResult(FakeChatServer Server, RephrasingService Rephrased, RephrasingService Rules, TeamsChat Chat, TeamsChat RuleChat) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Rephrased.DisposeAsync();
            await Rules.DisposeAsync();
            await Server.DisposeAsync();
        }
    }
}
