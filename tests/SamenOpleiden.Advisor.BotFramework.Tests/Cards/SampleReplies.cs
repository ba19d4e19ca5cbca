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

    public static readonly ResultReply Result = new(
        "Samenwerkend Systeem",
        "Een gedeeld systeem: afgestemde doelen, gedeelde regie, structureel overleg.",
        [new Fact("Organisatiestructuur", "fase 2"), new Fact("Financiën", "fase 1")],
        "fase 1: Functioneel Verbonden · fase 2: Samenwerkend Systeem · fase 3: Regionale Samenwerking",
        AdviceStep with { Choices = [new Choice("Volgende stap", "volgende stap"), new Choice("Waarom?", "waarom"), new Choice("Rapport", "rapport")] },
        [new Choice("Volgende stap", "volgende stap"), new Choice("Waarom?", "waarom"), new Choice("Rapport", "rapport")]);

    public static readonly FormReply Form = new(
        "profile",
        "Eerst iets over jullie regio.",
        [
            new FormField("regionName", "Naam van jullie Onderwijsregio", FormFieldKind.Text, [], Required: true, ErrorMessage: "Vul de naam in.", Max: 80, Placeholder: "bijvoorbeeld Binnenmeren"),
            new FormField("partnerships", "Aantal partnerschappen", FormFieldKind.Number, [], Value: "3", Min: 0, Max: 50, ErrorMessage: "Geef een aantal tussen 0 en 50."),
            new FormField("regionType", "Tekort- of krimpregio", FormFieldKind.Choice, [new Choice("Tekortregio", "tekort"), new Choice("Krimpregio", "krimp")]),
            new FormField("sectors", "Sectoren", FormFieldKind.MultiChoice, [new Choice("po", "po"), new Choice("vo", "vo"), new Choice("mbo", "mbo")], Value: "po,vo"),
            new FormField("realisatieToelichting", "Toelichting", FormFieldKind.LongText, [], Max: 500),
        ],
        "Verstuur",
        ["Aantal partnerschappen: Geef een aantal tussen 0 en 50."]);

    public static readonly ReportLinkReply Report = new("Je rapport staat klaar.", "/rapport/abc123");

    public static readonly TextReply Text = new("Dank je! **Goed** bezig.");
}
