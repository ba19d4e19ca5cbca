using SamenOpleiden.Advisor.Conversation.Replies;

namespace SamenOpleiden.Advisor.BotFramework.Tests.Cards;

/// <summary>One reply of every kind the conversation produces, with realistic Dutch content.</summary>
internal static class SampleReplies
{
    public static readonly QuestionReply Question = new(
        "Hoe is de organisatiestructuur van jullie samenwerking ingericht?",
        [
            new Choice("Fase 1", "1", "Een los overleg tussen besturen en opleidingen"),
            new Choice("Fase 2", "2", "Een vast platform met afspraken"),
            new Choice("Fase 3", "3", "Een rechtspersoon met eigen mandaat"),
            new Choice("Weet ik niet", "weet ik niet"),
        ],
        new Progress(4, 11, "vraag 4 van 11"));

    public static readonly SummaryReply Summary = new(
        "Jullie regio in fasen",
        [new Fact("Organisatiestructuur", "Fase 2"), new Fact("Financiën", "Fase 1")],
        "Typ 'advies' voor de volgende stappen.");

    public static readonly AdviceStepReply AdviceStep = new(
        "Stap 1 — nu",
        [
            new AdviceItemView("Leg de samenwerking vast", "Organisatiestructuur, van fase 1 naar 2",
                ["Stel een samenwerkingsovereenkomst op", "Benoem een kerngroep"], "Besturen en opleidingen", "binnen 6 maanden", "Modelovereenkomst"),
            new AdviceItemView("Maak een meerjarenbegroting", "Financiën, van fase 1 naar 2", [], "Penvoerder", "dit schooljaar", null),
        ],
        "Typ 'volgende stap' voor stap 2.");

    public static readonly ReportLinkReply Report = new("Je rapport staat klaar.", "/rapport/abc123");

    public static readonly TextReply Text = new("Dank je! **Goed** bezig.");
}
