using SamenOpleiden.Advisor.Conversation.Dialog;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Conversation.Tests.Wording;

/// <summary>The engine shows reworded advice where the port gives it, and the rules' words everywhere else.</summary>
public sealed class AdviceWordingTests
{
    private static async Task<ChatDriver> AtResultAsync(ScriptedWording? wording = null)
    {
        var chat = new ChatDriver(wording: wording);
        await CaseScript.Binnenmeren.RunToResultAsync(chat);
        return chat;
    }

    private static AdviceStepReply Step(ChatDriver chat) => chat.ShownStep!;

    [Fact]
    public async Task HandleAsync_ResultWithActiveWording_ShowsTheWordsButKeepsTheRulesStructure()
    {
        var rules = await AtResultAsync();
        var wording = new ScriptedWording();
        var reworded = await AtResultAsync(wording);

        var ruleStep = Step(rules);
        var step = Step(reworded);
        Assert.Equal(1, wording.Calls);
        Assert.Equal(ruleStep.Title, step.Title);
        Assert.Equal(ruleStep.Items.Select(i => (i.Title, i.Subtitle, i.Who, i.Horizon, i.Instrument, i.AdviceId)),
            step.Items.Select(i => (i.Title, i.Subtitle, i.Who, i.Horizon, i.Instrument, i.AdviceId)));
        Assert.All(step.Items, i => Assert.Equal([ScriptedWording.Text(i.AdviceId!)], i.Actions));
        Assert.Equal($"{ruleStep.Footer} {DialogTexts.Reworded}", step.Footer);
        // Phases and typering are never reworded.
        Assert.Equal(ReplyJson.Serialize(WithoutAdvice(rules.Last)), ReplyJson.Serialize(WithoutAdvice(reworded.Last)));
    }

    private static List<Reply> WithoutAdvice(IEnumerable<Reply> replies) =>
        replies.Where(r => r is not AdviceStepReply).Select(r => r is ResultReply result ? result with { Step = new AdviceStepReply("", []) } : r).ToList();

    [Fact]
    public async Task HandleAsync_ResultWithActiveWording_SendsTheRemarksAlong()
    {
        var wording = new ScriptedWording();
        var chat = await AtResultAsync(wording);

        Assert.Equal((await chat.StateAsync()).Remarks, wording.LastRemarks);
        Assert.NotEmpty(wording.LastRemarks!);
    }

    [Fact]
    public async Task HandleAsync_WordingGivesNothing_RepliesAreTheRulesOwn()
    {
        var rules = await AtResultAsync();
        var fellBack = await AtResultAsync(new ScriptedWording(wordsNothing: true));

        Assert.Equal(ReplyJson.Serialize(rules.Last), ReplyJson.Serialize(fellBack.Last));
        Assert.DoesNotContain("originele tekst", Step(fellBack).Footer);
    }

    [Fact]
    public async Task HandleAsync_InactiveWording_IsNeverAskedAndRepliesAreTheRulesOwn()
    {
        var rules = await AtResultAsync();
        var wording = new ScriptedWording(active: false);
        var off = await AtResultAsync(wording);
        await off.SayAsync("volgende stap");
        await rules.SayAsync("volgende stap");

        Assert.Equal(0, wording.Calls);
        Assert.Equal(ReplyJson.Serialize(rules.Last), ReplyJson.Serialize(off.Last));
    }

    [Fact]
    public async Task HandleAsync_OriginalText_ShowsTheStepInTheRulesWordsAndKeepsThemForLaterSteps()
    {
        var rules = await AtResultAsync();
        var chat = await AtResultAsync(new ScriptedWording());

        var ruleStepOne = Step(rules);
        await chat.SayAsync("originele tekst");
        var introduction = chat.LastText;
        var stepOne = Step(chat);
        await chat.SayAsync("volgende stap");
        await rules.SayAsync("volgende stap");

        Assert.Contains("eigen woorden van de regels", introduction);
        Assert.Equal(ReplyJson.Serialize([ruleStepOne]), ReplyJson.Serialize([stepOne]));
        Assert.Equal(ReplyJson.Serialize([Step(rules)]), ReplyJson.Serialize([Step(chat)]));
        Assert.True((await chat.StateAsync()).ShowRuleText);
    }

    [Fact]
    public async Task HandleAsync_RestartAfterOriginalText_RewordsAgain()
    {
        var chat = await AtResultAsync(new ScriptedWording());
        await chat.SayAsync("originele tekst");

        await chat.SayAsync("opnieuw");
        await chat.SayAsync("ja");

        Assert.False((await chat.StateAsync()).ShowRuleText);
    }

    [Fact]
    public async Task HandleAsync_Why_IsTheSameWithAndWithoutWording()
    {
        var rules = await AtResultAsync();
        var reworded = await AtResultAsync(new ScriptedWording());

        await rules.SayAsync("waarom");
        await reworded.SayAsync("waarom");

        Assert.Equal(ReplyJson.Serialize(rules.Last), ReplyJson.Serialize(reworded.Last));
    }

    [Fact]
    public async Task StartAsync_ActiveWording_PrivacyNoticeSaysAdviceGoesToTheLanguageModel()
    {
        var on = new ChatDriver(wording: new ScriptedWording());
        var off = new ChatDriver(wording: new ScriptedWording(active: false));

        await on.StartAsync();
        await off.StartAsync();

        Assert.Contains(DialogTexts.PrivacyLanguageModel, on.LastText);
        Assert.DoesNotContain("taalmodel", off.LastText);
    }
}
