using System.Text.Json;
using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Rephrasing.Tests.TestSupport;

/// <summary>
/// A tekortregio in phase 1 with five advice items over three steps, worded as in rules/advice, and
/// a rephrasing of it that a careful model could give: the good answer every bad one is made from.
/// </summary>
internal static class AdviceFixtures
{
    public const string RulesVersion = "3f1c9a7e20b4";

    public static AssessmentResult Result(string regionName = "Onderwijsregio Zuidoost") => new()
    {
        RulesVersion = RulesVersion,
        Profile = new RegionProfile
        {
            RegionName = regionName,
            RegionType = "tekort",
            Partnerships = 3,
            Sectors = ["po", "vo", "mbo"],
            Realisatiegraad = 60,
            Role = "regiocoördinator",
        },
        Phases = new Dictionary<string, int?>
        {
            ["kwaliteit"] = 3, ["doelstellingen"] = 2, ["solidariteit"] = 1, ["professionals-hr"] = 1, ["integraal-systeem"] = 1,
            ["lerende-centraal"] = 1, ["relaties"] = 2, ["organisatiestructuur"] = 1, ["toekomstbestendigheid"] = 1,
            ["loopbaan"] = 1, ["financien"] = 1,
        },
        Later = [],
        Typering = new Typering(1, "Functioneel Verbonden", "Functioneel Verbonden, met voorlopers op kwaliteit en doelstellingen", [], ["kwaliteit", "doelstellingen"], []),
        Steps =
        [
            new RoadmapStep(1, "Stap 1 — nu",
            [
                Item("organisatiestructuur-1-naar-2", "organisatiestructuur", "transition", 1, 2,
                    "Beleg de regie: een regiocoördinator met mandaat",
                    ["Benoem een regiocoördinator of programmaleider met mandaat en budget, die voor alle besturen werkt.",
                     "Richt een stuurgroep van bestuurders in en maak de rol van de penvoerder duidelijk.",
                     "Geef de partnerschappen Samen Opleiden een expliciete plek in de regionale structuur."],
                    ["bestuurders", "regiocoördinator"], "dit schooljaar", "plan van aanpak"),
                Item("professionals-hr-1-naar-2", "professionals-hr", "transition", 1, 2,
                    "Breng HR aan tafel bij Samen Opleiden",
                    ["Richt een regionaal HR-overleg in dat verbonden is met het programma Samen Opleiden.",
                     "Koppel studenten en zij-instromers regionaal aan vacatures.",
                     "Zet een gedeeld regionaal loket op voor mensen die in het onderwijs willen werken.",
                     "Wissel periodiek interne kandidaten en vacatures uit tussen besturen."],
                    ["HR", "schoolopleiders", "schoolleiders", "regiocoördinator"], "dit schooljaar", "regionaal loket"),
            ]),
            new RoadmapStep(2, "Stap 2 — daarna",
            [
                Item("doelstellingen-2-naar-3", "doelstellingen", "transition", 2, 3,
                    "Werk met een meerjarig regionaal programma",
                    ["Zet de jaarlijkse projecten om in een meerjarig regionaal programma met tussendoelen en een jaarlijkse gezamenlijke review.",
                     "Maak de regionale doelen het vertrekpunt voor de plannen van de besturen, niet andersom.",
                     "Betrek teams en opleiders bij het doorvertalen van de regionale visie naar de scholen."],
                    ["bestuurders", "regiocoördinator", "schoolleiders"], "1-2 jaar", "plan van aanpak"),
                Item("financien-1-naar-2", "financien", "transition", 1, 2,
                    "Maak de regionale begroting transparant",
                    ["Breng alle middelen samen in één transparante regionale begroting: de subsidie voor de onderwijsregio, de middelen per student, het regionale deel van PBSS en eigen bijdragen.",
                     "Spreek verdeelregels af.",
                     "Beleg de verantwoording bij één penvoerder met een duidelijke verantwoordingscyclus."],
                    ["bestuurders", "regiocoördinator"], "dit schooljaar", "subsidiecyclus en plan van aanpak"),
            ]),
            new RoadmapStep(3, "Stap 3 — later",
            [
                Item("kwaliteit-verdiepen", "kwaliteit", "deepen", 3, null,
                    "Blijf de gedeelde kwaliteit samen ontwikkelen",
                    ["Evalueer het regionale kwaliteitskader jaarlijks met alle partners en studenten.",
                     "Gebruik de uitkomsten van de gezamenlijke kwaliteitszorg om het opleidingsaanbod bij te stellen."],
                    ["kwaliteitsmedewerkers", "schoolopleiders", "lerarenopleiding"], "2-3 jaar", "kwaliteitskader"),
            ]),
        ],
        FollowUps = [],
        Ambition = ["organisatiestructuur", "professionals-hr"],
        PhaseTrace = new Dictionary<string, IReadOnlyList<RuleTrace>>(),
    };

    /// <summary>A rephrasing that keeps every item, focus point, phase and fact: the guard must let it through.</summary>
    public static IReadOnlyList<(string Id, string Text)> GoodTexts { get; } =
    [
        ("organisatiestructuur-1-naar-2",
            "Om de organisatiestructuur van jullie regio van Functioneel Verbonden naar Samenwerkend Systeem te brengen, is het goed om eerst de regie te beleggen. "
            + "Benoem een regiocoördinator of programmaleider met mandaat en budget, die voor alle besturen werkt. Richt een stuurgroep van bestuurders in en maak duidelijk wat de penvoerder doet. "
            + "Geef de partnerschappen Samen Opleiden een duidelijke plek in de regionale structuur. Dit pakken de bestuurders en de regiocoördinator samen op, nog dit schooljaar, met het plan van aanpak als houvast."),
        ("professionals-hr-1-naar-2",
            "Bij de samenwerking van professionals, inclusief HR, zetten jullie de stap van Functioneel Verbonden naar Samenwerkend Systeem door HR echt aan tafel te brengen. "
            + "Richt een regionaal HR-overleg in dat aansluit op Samen Opleiden, koppel studenten en zij-instromers regionaal aan vacatures en zet een gedeeld loket op voor mensen die in het onderwijs willen werken. "
            + "Wissel ook geregeld interne kandidaten en vacatures uit tussen de besturen. HR, schoolopleiders, schoolleiders en de regiocoördinator doen dit samen, dit schooljaar."),
        ("doelstellingen-2-naar-3",
            "Voor de gedeelde doelstellingen in beleid is de volgende stap van Samenwerkend Systeem naar Regionale Samenwerking: werk met een meerjarig regionaal programma. "
            + "Zet de jaarlijkse projecten om in zo'n programma, met tussendoelen en elk jaar een gezamenlijke review. Maak de regionale doelen het vertrekpunt voor de plannen van de besturen, en niet andersom. "
            + "Betrek teams en opleiders bij het vertalen van de regionale visie naar de scholen. Bestuurders, schoolleiders en de regiocoördinator nemen dit op in de komende 1-2 jaar, met het plan van aanpak."),
        ("financien-1-naar-2",
            "Voor financiën helpt het om van Functioneel Verbonden naar Samenwerkend Systeem te groeien met een transparante regionale begroting. "
            + "Breng alle middelen samen in één overzicht: de subsidie voor de onderwijsregio, de middelen per student, het regionale deel van PBSS en de eigen bijdragen. "
            + "Spreek samen verdeelregels af en leg de verantwoording bij één penvoerder, met een heldere verantwoordingscyclus. Dit is iets voor de bestuurders en de regiocoördinator, dit schooljaar."),
        ("kwaliteit-verdiepen",
            "Op kwaliteit zitten jullie al in Regionale Samenwerking; houd dat vast en verdiep het. "
            + "Evalueer het regionale kwaliteitskader elk jaar met alle partners en studenten, en gebruik wat de gezamenlijke kwaliteitszorg oplevert om het opleidingsaanbod bij te stellen. "
            + "Kwaliteitsmedewerkers, schoolopleiders en de lerarenopleiding doen dit samen, in de komende 2-3 jaar."),
    ];

    /// <summary>The good answer with item <paramref name="id"/>'s text changed by <paramref name="change"/>.</summary>
    public static IReadOnlyList<(string Id, string Text)> GoodTextsWith(string id, Func<string, string> change) =>
        GoodTexts.Select(t => t.Id == id ? (t.Id, change(t.Text)) : t).ToList();

    /// <summary>The answer as the prompt asks for it: <c>{"items":[{"id":…,"text":…}]}</c>.</summary>
    public static string Answer(IEnumerable<(string Id, string Text)> texts) =>
        JsonSerializer.Serialize(new { items = texts.Select(t => new { id = t.Id, text = t.Text }) });

    private static AdviceResultItem Item(string id, string focusPoint, string kind, int from, int? to, string title,
        IReadOnlyList<string> actions, IReadOnlyList<string> who, string horizon, string instrument) =>
        new(id, focusPoint, kind, from, to, title, actions, who[0], who, horizon, instrument, [id], []);
}
