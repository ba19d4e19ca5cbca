using System.Globalization;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Core.Assessment;
using static SamenOpleiden.Advisor.Conversation.Dialog.Profile.ProfileParsers;

namespace SamenOpleiden.Advisor.Conversation.Dialog.Profile;

/// <summary>The region profile questions, in the order they are asked (one at a time, or together as one form).</summary>
internal static class ProfileQuestions
{
    private static readonly Choice DontKnowChoice = new("Weet ik niet", DontKnow);

    private static readonly (string Value, string[] Words)[] Embedding =
    [
        ("volledig", ["volledig", "helemaal", "geheel", "structureel"]),
        ("deels", ["deels", "gedeeltelijk", "grotendeels", "half", "beperkt"]),
        ("buiten", ["buiten", "niet", "geen"]),
    ];

    private static readonly IReadOnlyList<Choice> EmbeddingChoices =
        [new("Volledig", "volledig"), new("Deels", "deels"), new("Buiten Samen Opleiden", "buiten")];

    private static readonly IReadOnlyList<Choice> SectorChoices =
        [new("po", "po"), new("vo", "vo"), new("mbo", "mbo"), new("vso", "vso"), new("so", "so")];

    private const string NameProblem = "Geef de naam van de regio in hooguit 80 tekens, bijvoorbeeld 'Binnenmeren'.";
    private const string PartnershipsProblem = "Geef een aantal tussen 0 en 50, bijvoorbeeld 3.";
    private const string PercentageProblem = "Geef een percentage tussen 0 en 100, bijvoorbeeld 75.";
    private const string RemarkProblem = "Een toelichting van hooguit 500 tekens graag, of typ 'overslaan'.";
    private const string RoleProblem = "Omschrijf je rol in hooguit 80 tekens, bijvoorbeeld 'schoolopleider'.";

    public static IReadOnlyList<ProfileQuestion> All { get; } =
    [
        new("regionName", "Regio", "Hoe heet jullie Onderwijsregio?", [],
            text => Name(text, 80) is { } name ? ProfileAnswer.Ok(p => p with { RegionName = name }) : ProfileAnswer.Fail(NameProblem),
            p => p.RegionName,
            new("Naam van jullie Onderwijsregio", FormFieldKind.Text, p => p.RegionName, Max: 80, Placeholder: "bijvoorbeeld Binnenmeren",
                ErrorMessage: "Vul de naam van jullie regio in.", Required: true)),
        new("regionType", "Type regio", "Is jullie regio een tekortregio of een krimpregio?",
            [new("Tekortregio", "tekort"), new("Krimpregio", "krimp"), DontKnowChoice],
            text => Choice(text, [("tekort", ["tekort", "tekortregio", "lerarentekort"]), ("krimp", ["krimp", "krimpregio"])],
                v => p => p with { RegionType = v }, "Kies 'tekort' of 'krimp'."),
            p => p.RegionType,
            new("Tekort- of krimpregio", FormFieldKind.Choice, p => p.RegionType, [new("Tekortregio", "tekort"), new("Krimpregio", "krimp")])),
        new("partnerships", "Partnerschappen", "Hoeveel partnerschappen (opleidingsscholen) heeft jullie regio?", [],
            text => Number(text, 0, 50) is { } n ? ProfileAnswer.Ok(p => p with { Partnerships = n }) : ProfileAnswer.Fail(PartnershipsProblem),
            p => p.Partnerships?.ToString(CultureInfo.InvariantCulture),
            new("Aantal partnerschappen (opleidingsscholen)", FormFieldKind.Number, p => p.Partnerships?.ToString(CultureInfo.InvariantCulture),
                Min: 0, Max: 50, Placeholder: "bijvoorbeeld 3", ErrorMessage: PartnershipsProblem)),
        new("sectors", "Sectoren", "Welke sectoren zitten in de partnerschappen? Noem ze allemaal, bijvoorbeeld 'po, vo en mbo'.",
            [new("po", "po"), new("vo", "vo"), new("mbo", "mbo"), new("(v)so", "(v)so"), new("po, vo en mbo", "po, vo en mbo")],
            text => Sectors(text) is { Count: > 0 } sectors
                ? ProfileAnswer.Ok(p => p with { Sectors = sectors })
                : ProfileAnswer.Fail("Noem een of meer van: po, vo, mbo, (v)so. Bijvoorbeeld 'po, vo en mbo'."),
            p => p.Sectors.Count == 0 ? null : string.Join(", ", p.Sectors),
            new("Sectoren in de partnerschappen (kies er een of meer)", FormFieldKind.MultiChoice,
                p => p.Sectors.Count == 0 ? null : string.Join(",", p.Sectors), SectorChoices)),
        new("realisatiegraad", "Realisatiegraad", "Wat is jullie realisatiegraad '100% Samen Opleiden', als percentage? (het deel van de studenten dat binnen Samen Opleiden wordt opgeleid)", [],
            text => Number(text, 0, 100) is { } n ? ProfileAnswer.Ok(p => p with { Realisatiegraad = n }) : ProfileAnswer.Fail(PercentageProblem),
            p => p.Realisatiegraad is { } r ? $"{r}%" : null,
            new("Realisatiegraad '100% Samen Opleiden' (%)", FormFieldKind.Number, p => p.Realisatiegraad?.ToString(CultureInfo.InvariantCulture),
                Min: 0, Max: 100, Placeholder: "bijvoorbeeld 75", ErrorMessage: PercentageProblem)),
        EmbeddingQuestion("voltijd", "Voltijd", "voltijdstudenten", (p, v) => p with { Voltijd = v }, p => p.Voltijd),
        EmbeddingQuestion("deeltijd", "Deeltijd", "deeltijdstudenten", (p, v) => p with { Deeltijd = v }, p => p.Deeltijd),
        EmbeddingQuestion("zijInstromers", "Zij-instromers", "zij-instromers", (p, v) => p with { ZijInstromers = v }, p => p.ZijInstromers),
        new("realisatieToelichting", "Toelichting realisatiegraad", "Wil je de realisatiegraad nog toelichten? Typ je toelichting, of 'nee'.", [new("Nee", "nee")],
            text => YesNo.Read(text) switch
            {
                false => ProfileAnswer.Unchanged,
                true => ProfileAnswer.Fail("Typ je toelichting maar, of 'nee' als je niets wilt toevoegen."),
                _ => Text(text, 500) is { } note ? ProfileAnswer.Ok(p => p with { RealisatieToelichting = note }) : ProfileAnswer.Fail(RemarkProblem),
            },
            p => p.RealisatieToelichting,
            new("Toelichting op de realisatiegraad", FormFieldKind.LongText, p => p.RealisatieToelichting, Max: 500, Placeholder: "mag leeg blijven")),
        new("grensgevallen", "Grensgevallen", "Liggen er partners buiten de formele grenzen van jullie regio (grensgevallen)?",
            [new("Ja", "ja"), new("Nee", "nee"), DontKnowChoice],
            text => Choice(text, [("ja", ["ja", "jawel", "sommige", "enkele"]), ("nee", ["nee", "geen", "niet"])],
                v => p => p with { Grensgevallen = v == "ja" }, "Antwoord met 'ja' of 'nee'."),
            p => p.Grensgevallen is { } g ? (g ? "ja" : "nee") : null,
            new("Partners buiten de grenzen van de regio (grensgevallen)?", FormFieldKind.Choice,
                p => p.Grensgevallen is { } g ? (g ? "ja" : "nee") : null, [new("Ja", "ja"), new("Nee", "nee")])),
        new("role", "Jouw rol", "Wat is jouw rol? Kies of typ je eigen omschrijving.",
            [new("Bestuurder", "bestuurder"), new("HR", "HR"), new("Schoolopleider", "schoolopleider"), new("Coördinator", "coördinator")],
            text => Name(text, 80) is { } role ? ProfileAnswer.Ok(p => p with { Role = role }) : ProfileAnswer.Fail(RoleProblem),
            p => p.Role,
            new("Jouw rol", FormFieldKind.Text, p => p.Role, Max: 80, Placeholder: "bijvoorbeeld schoolopleider, HR of bestuurder")),
    ];

    public static ProfileQuestion? Find(string key) => All.FirstOrDefault(q => q.Key == key);

    /// <summary>The profile's answers as label and value, in question order; questions not answered are left out.</summary>
    public static List<Fact> Facts(RegionProfile profile) =>
        [.. All.Select(q => (q.Label, Value: q.Show(profile))).Where(x => x.Value is not null).Select(x => new Fact(x.Label, x.Value!))];

    private static ProfileQuestion EmbeddingQuestion(string key, string label, string who, Func<RegionProfile, string, RegionProfile> set, Func<RegionProfile, string?> show) =>
        new(key, label, $"Hoe zijn de {who} ingebed in Samen Opleiden?",
            [.. EmbeddingChoices, DontKnowChoice],
            text => Choice(text, Embedding, v => p => set(p, v), "Kies 'volledig', 'deels', 'buiten' of 'weet ik niet'."),
            show,
            new($"{char.ToUpperInvariant(who[0])}{who[1..]}: ingebed in Samen Opleiden?", FormFieldKind.Choice, show, EmbeddingChoices));

    private static ProfileAnswer Choice(string text, (string Value, string[] Words)[] options, Func<string, Func<RegionProfile, RegionProfile>> apply, string error) =>
        OneOf(text, options) is { } value ? ProfileAnswer.Ok(apply(value)) : ProfileAnswer.Fail(error);
}
