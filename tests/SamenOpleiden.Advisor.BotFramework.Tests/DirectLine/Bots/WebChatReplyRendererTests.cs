using SamenOpleiden.Advisor.BotFramework.DirectLine.Bots;
using SamenOpleiden.Advisor.Conversation.Replies;

namespace SamenOpleiden.Advisor.BotFramework.Tests.DirectLine.Bots;

public sealed class WebChatReplyRendererTests
{
    [Fact]
    public void Render_QuestionWithProgress_ShowsMarkerAndButtonsThatSendTheValueButShowTheLabel()
    {
        var question = new QuestionReply(
            "Hoe is de samenwerking georganiseerd?",
            [new Choice("Fase 1", "1", "Losse afspraken"), new Choice("Weet ik niet", "weet ik niet")],
            new Progress(4, 11, "vraag 4 van 11"));

        var activity = CreateTarget().Render(question, "https://advisor.example");

        Assert.StartsWith("*vraag 4 van 11*\n\nHoe is de samenwerking georganiseerd?", activity.Text);
        Assert.Contains("- **Fase 1**: Losse afspraken", activity.Text);
        Assert.Equal(["messageBack", "messageBack"], activity.SuggestedActions!.Actions.Select(a => a.Type));
        Assert.Equal(["Fase 1", "Weet ik niet"], activity.SuggestedActions.Actions.Select(a => a.Title));
        Assert.Equal(["Fase 1", "Weet ik niet"], activity.SuggestedActions.Actions.Select(a => a.DisplayText));
        Assert.Equal(["1", "weet ik niet"], activity.SuggestedActions.Actions.Select(a => a.Text));
        Assert.Equal(4, activity.ChannelData!.Value.GetProperty(WebChatReplyRenderer.ProgressKey).GetProperty("current").GetInt32());
    }

    [Fact]
    public void Render_AdviceStep_ListsEachItemWithActionsWhoAndWhen()
    {
        var step = new AdviceStepReply("Stap 1 — nu",
            [new AdviceItemView("Maak een visie", "Samen richting kiezen", ["Plan een sessie", "Schrijf het op"], "bestuurders", "3 maanden", null)],
            "Typ 'volgende stap' voor stap 2.");

        var text = CreateTarget().Render(step, null).Text!;

        Assert.StartsWith("**Stap 1 — nu**", text);
        Assert.Contains("1. **Maak een visie** — Samen richting kiezen", text);
        Assert.Contains("   - Plan een sessie\n   - Schrijf het op", text);
        Assert.Contains("*Wie:* bestuurders · *Wanneer:* 3 maanden", text);
        Assert.EndsWith("_Typ 'volgende stap' voor stap 2._", text);
    }

    [Fact]
    public void Render_RelativeReportLink_BecomesAnAbsoluteMarkdownLink()
    {
        var activity = CreateTarget().Render(new ReportLinkReply("Open je rapport", "/reports/abc"), "https://advisor.example/");

        Assert.Equal("[Open je rapport](https://advisor.example/reports/abc)", activity.Text);
        Assert.Equal("markdown", activity.TextFormat);
    }

    [Fact]
    public void Render_Summary_ShowsEachFactOnItsOwnLine()
    {
        var summary = new SummaryReply("Jullie typering", [new Fact("Visie", "fase 2"), new Fact("Financiën", "fase 1")]);

        var text = CreateTarget().Render(summary, null).Text!;

        Assert.Equal("**Jullie typering**\n\n- Visie: **fase 2**\n- Financiën: **fase 1**", text);
    }

    [Fact]
    public void Render_TextWithAnAnglePlaceholder_EscapesItSoWebChatDoesNotStripIt()
    {
        var activity = CreateTarget().Render(new TextReply("Typ 'wijzig <focuspunt>'."), null);

        Assert.Equal("Typ 'wijzig \\<focuspunt\\>'.", activity.Text);
    }

    private static WebChatReplyRenderer CreateTarget() => new();
}
