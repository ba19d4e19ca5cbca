using System.Text.Json;
using SamenOpleiden.Advisor.BotFramework.Cards;

namespace SamenOpleiden.Advisor.BotFramework.Tests.Cards;

public sealed class ReplyCardsTests
{
    [Fact]
    public void Question_WithChoices_HasOneSubmitButtonPerChoiceSendingItsValue()
    {
        var card = Json(ReplyCards.Question(SampleReplies.Question));

        var actions = card.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(["Fase 1", "Fase 2", "Fase 3", "Weet ik niet"], actions.Select(a => a.GetProperty("title").GetString()));
        Assert.All(actions, a => Assert.Equal("Action.Submit", a.GetProperty("type").GetString()));
        Assert.Equal(["1", "2", "3", "weet ik niet"], actions.Select(a => a.GetProperty("data").GetProperty("choice").GetString()));
    }

    [Fact]
    public void Question_WithProgressAndDescriptions_ShowsThemAboveTheButtons()
    {
        var texts = Json(ReplyCards.Question(SampleReplies.Question)).GetProperty("body").EnumerateArray()
            .Select(e => e.GetProperty("text").GetString()).ToList();

        Assert.Equal("vraag 4 van 11", texts[0]);
        Assert.Equal(SampleReplies.Question.Text, texts[1]);
        Assert.Contains("**Fase 3**: Een rechtspersoon met eigen mandaat", texts);
        Assert.DoesNotContain(texts, t => t!.Contains("Weet ik niet", StringComparison.Ordinal));
    }

    [Fact]
    public void Card_Always_DeclaresVersion15AndIsAnObject()
    {
        var card = Json(ReplyCards.Summary(SampleReplies.Summary));

        Assert.Equal(("AdaptiveCard", "1.5"), (card.GetProperty("type").GetString(), card.GetProperty("version").GetString()));
        Assert.False(card.TryGetProperty("actions", out _));
    }

    [Fact]
    public void Summary_Facts_BecomeAFactSet()
    {
        var body = Json(ReplyCards.Summary(SampleReplies.Summary)).GetProperty("body");

        var facts = body[1].GetProperty("facts").EnumerateArray().Select(f => (f.GetProperty("title").GetString(), f.GetProperty("value").GetString()));
        Assert.Equal("FactSet", body[1].GetProperty("type").GetString());
        Assert.Equal([("Organisatiestructuur", "Fase 2"), ("Financiën", "Fase 1")], facts);
    }

    [Fact]
    public void AdviceStep_EachItem_IsAContainerWithActionsWhoAndWhen()
    {
        var body = Json(ReplyCards.AdviceStep(SampleReplies.AdviceStep)).GetProperty("body");

        var items = body.EnumerateArray().Where(e => e.GetProperty("type").GetString() == "Container").ToList();
        Assert.Equal(2, items.Count);
        var first = items[0].GetProperty("items").GetRawText();
        Assert.Contains("- Stel een samenwerkingsovereenkomst op\\n- Benoem een kerngroep", first, StringComparison.Ordinal);
        Assert.Contains("Besturen en opleidingen", first, StringComparison.Ordinal);
        Assert.Contains("Modelovereenkomst", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Instrument", items[1].GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReportLink_Url_IsAnOpenUrlAction()
    {
        var card = Json(ReplyCards.ReportLink(SampleReplies.Report, new Uri("https://adviseur.example.nl/rapport/abc123")));

        var action = card.GetProperty("actions")[0];
        Assert.Equal(("Action.OpenUrl", "https://adviseur.example.nl/rapport/abc123"), (action.GetProperty("type").GetString(), action.GetProperty("url").GetString()));
    }

    private static JsonElement Json(AdaptiveCard card) => AdaptiveCardAttachment.ToJson(card);
}
