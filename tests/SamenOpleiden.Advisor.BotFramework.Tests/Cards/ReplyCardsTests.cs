using System.Text.Json;
using SamenOpleiden.Advisor.BotFramework.Cards;

namespace SamenOpleiden.Advisor.BotFramework.Tests.Cards;

public sealed class ReplyCardsTests
{
    [Fact]
    public void Question_InTeams_EachChoiceIsAMessageBackThatShowsItsLabelAndSendsItsValue()
    {
        var card = Json(ReplyCards.Question(SampleReplies.Question, ChoiceButtons.Teams));

        var actions = card.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(["Fase 1", "Fase 2", "Fase 3", "Weet ik niet"], actions.Select(a => a.GetProperty("title").GetString()));
        Assert.All(actions, a => Assert.Equal("Action.Submit", a.GetProperty("type").GetString()));
        Assert.Equal(["1", "2", "3", "weet ik niet"], actions.Select(a => a.GetProperty("data").GetProperty("choice").GetString()));
        var messageBack = actions[1].GetProperty("data").GetProperty("msteams");
        Assert.Equal(("messageBack", "2", "Fase 2"),
            (messageBack.GetProperty("type").GetString(), messageBack.GetProperty("text").GetString(), messageBack.GetProperty("displayText").GetString()));
    }

    [Fact]
    public void Question_InWebChat_EachChoiceIsABotFrameworkMessageBackCardAction()
    {
        var data = Json(ReplyCards.Question(SampleReplies.Question, ChoiceButtons.WebChat)).GetProperty("actions")[2].GetProperty("data");

        Assert.True(data.GetProperty("__isBotFrameworkCardAction").GetBoolean());
        var action = data.GetProperty("cardAction");
        Assert.Equal(("messageBack", "3", "Fase 3"),
            (action.GetProperty("type").GetString(), action.GetProperty("text").GetString(), action.GetProperty("displayText").GetString()));
    }

    [Fact]
    public void Question_WithProgressAndDescriptions_ShowsThemAboveTheButtons()
    {
        var texts = Json(ReplyCards.Question(SampleReplies.Question, ChoiceButtons.Teams)).GetProperty("body").EnumerateArray()
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
        var body = Json(ReplyCards.AdviceStep(SampleReplies.AdviceStep, ChoiceButtons.Teams)).GetProperty("body");

        var items = body.EnumerateArray().Where(e => e.GetProperty("type").GetString() == "Container").ToList();
        Assert.Equal(2, items.Count);
        var first = items[0].GetProperty("items").GetRawText();
        Assert.Contains("- Stel een samenwerkingsovereenkomst op\\n- Benoem een kerngroep", first, StringComparison.Ordinal);
        Assert.Contains("Besturen en opleidingen", first, StringComparison.Ordinal);
        Assert.Contains("Modelovereenkomst", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Instrument", items[1].GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Result_IsOneCardWithTyperingPhasesStepOneTitlesAndTheLongTextsBehindMeer()
    {
        var card = Json(ReplyCards.Result(SampleReplies.Result, ChoiceButtons.Teams));

        var body = card.GetProperty("body").EnumerateArray().ToList();
        Assert.Contains(body, e => e.TryGetProperty("text", out var text) && text.GetString() == "Samenwerkend Systeem");
        var facts = Assert.Single(body, e => e.GetProperty("type").GetString() == "FactSet").GetProperty("facts");
        Assert.Equal(2, facts.GetArrayLength());
        Assert.Contains(body, e => e.TryGetProperty("text", out var text) && text.GetString()!.Contains("Leg de samenwerking vast", StringComparison.Ordinal));
        Assert.DoesNotContain("Stel een samenwerkingsovereenkomst op", card.GetProperty("body").GetRawText(), StringComparison.Ordinal);

        var actions = card.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(["Volgende stap", "Waarom?", "Rapport", "Meer"], actions.Select(a => a.GetProperty("title").GetString()));
        var more = actions[3];
        Assert.Equal("Action.ShowCard", more.GetProperty("type").GetString());
        Assert.Contains("Stel een samenwerkingsovereenkomst op", more.GetProperty("card").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("afgestemde doelen", more.GetProperty("card").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Form_HasALabelledInputPerFieldWithTheClientsChecksAndOneSendButtonNamingTheForm()
    {
        var card = Json(ReplyCards.Form(SampleReplies.Form));

        var inputs = card.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString()!.StartsWith("Input.", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Input.Text", "Input.Number", "Input.ChoiceSet", "Input.ChoiceSet", "Input.Text"], inputs.Select(i => i.GetProperty("type").GetString()));
        Assert.Equal(["regionName", "partnerships", "regionType", "sectors", "realisatieToelichting"], inputs.Select(i => i.GetProperty("id").GetString()));
        Assert.All(inputs, i => Assert.False(string.IsNullOrEmpty(i.GetProperty("label").GetString())));
        Assert.True(inputs[0].GetProperty("isRequired").GetBoolean());
        Assert.Equal("Vul de naam in.", inputs[0].GetProperty("errorMessage").GetString());
        Assert.Equal((0, 50, 3), (inputs[1].GetProperty("min").GetInt32(), inputs[1].GetProperty("max").GetInt32(), inputs[1].GetProperty("value").GetInt32()));
        Assert.True(inputs[3].GetProperty("isMultiSelect").GetBoolean());
        Assert.Equal("po,vo", inputs[3].GetProperty("value").GetString());
        Assert.True(inputs[4].GetProperty("isMultiline").GetBoolean());
        Assert.Contains(card.GetProperty("body").EnumerateArray(), e => e.TryGetProperty("text", out var text)
            && text.GetString() == "Aantal partnerschappen: Geef een aantal tussen 0 en 50." && e.GetProperty("color").GetString() == "Attention");
        var submit = Assert.Single(card.GetProperty("actions").EnumerateArray());
        Assert.Equal(("Verstuur", "profile"), (submit.GetProperty("title").GetString(), submit.GetProperty("data").GetProperty("form").GetString()));
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
