using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Core.Assessment;
using static SamenOpleiden.Advisor.Conversation.Dialog.Profile.ProfileParsers;

namespace SamenOpleiden.Advisor.Conversation.Dialog.Profile;

/// <summary>The region profile questions, in the order they are asked.</summary>
internal static class ProfileQuestions
{
    private static readonly Choice DontKnowChoice = new("Weet ik niet", DontKnow);

    private static readonly (string Value, string[] Words)[] Embedding =
    [
        ("volledig", ["volledig", "helemaal", "geheel", "structureel"]),
        ("deels", ["deels", "gedeeltelijk", "grotendeels", "half", "beperkt"]),
        ("buiten", ["buiten", "niet", "geen"]),
    ];

    public static IReadOnlyList<ProfileQuestion> All { get; } =
    [
        new("regionName", "Regio", "Hoe heet jullie Onderwijsregio?", [],
            text => Text(text, 80) is { } name
                ? ProfileAnswer.Ok(p => p with { RegionName = name })
                : ProfileAnswer.Fail("Geef de naam van de regio in hooguit 80 tekens, bijvoorbeeld 'Binnenmeren'."),
            p => p.RegionName),
        new("regionType", "Type regio", "Is jullie regio een tekortregio of een krimpregio?",
            [new("Tekortregio", "tekort"), new("Krimpregio", "krimp"), DontKnowChoice],
            text => Choice(text, [("tekort", ["tekort", "tekortregio", "lerarentekort"]), ("krimp", ["krimp", "krimpregio"])],
                v => p => p with { RegionType = v }, "Kies 'tekort' of 'krimp'."),
            p => p.RegionType),
        new("partnerships", "Partnerschappen", "Hoeveel partnerschappen (opleidingsscholen) heeft jullie regio?", [],
            text => Number(text, 0, 50) is { } n
                ? ProfileAnswer.Ok(p => p with { Partnerships = n })
                : ProfileAnswer.Fail("Geef een aantal tussen 0 en 50, bijvoorbeeld 3."),
            p => p.Partnerships?.ToString()),
        new("sectors", "Sectoren", "Welke sectoren zitten in de partnerschappen? Noem ze allemaal, bijvoorbeeld 'po, vo en mbo'.",
            [new("po", "po"), new("vo", "vo"), new("mbo", "mbo"), new("(v)so", "(v)so"), new("po, vo en mbo", "po, vo en mbo")],
            text => Sectors(text) is { Count: > 0 } sectors
                ? ProfileAnswer.Ok(p => p with { Sectors = sectors })
                : ProfileAnswer.Fail("Noem een of meer van: po, vo, mbo, (v)so. Bijvoorbeeld 'po, vo en mbo'."),
            p => p.Sectors.Count == 0 ? null : string.Join(", ", p.Sectors)),
        new("realisatiegraad", "Realisatiegraad", "Wat is jullie realisatiegraad '100% Samen Opleiden', als percentage? (het deel van de studenten dat binnen Samen Opleiden wordt opgeleid)", [],
            text => Number(text, 0, 100) is { } n
                ? ProfileAnswer.Ok(p => p with { Realisatiegraad = n })
                : ProfileAnswer.Fail("Geef een percentage tussen 0 en 100, bijvoorbeeld 75."),
            p => p.Realisatiegraad is { } r ? $"{r}%" : null),
        EmbeddingQuestion("voltijd", "Voltijd", "voltijdstudenten", (p, v) => p with { Voltijd = v }, p => p.Voltijd),
        EmbeddingQuestion("deeltijd", "Deeltijd", "deeltijdstudenten", (p, v) => p with { Deeltijd = v }, p => p.Deeltijd),
        EmbeddingQuestion("zijInstromers", "Zij-instromers", "zij-instromers", (p, v) => p with { ZijInstromers = v }, p => p.ZijInstromers),
        new("realisatieToelichting", "Toelichting realisatiegraad", "Wil je de realisatiegraad nog toelichten? (of typ 'overslaan')", [new("Overslaan", "overslaan")],
            text => Text(text, 500) is { } note
                ? ProfileAnswer.Ok(p => p with { RealisatieToelichting = note })
                : ProfileAnswer.Fail("Een toelichting van hooguit 500 tekens graag, of typ 'overslaan'."),
            p => p.RealisatieToelichting),
        new("grensgevallen", "Grensgevallen", "Liggen er partners buiten de formele grenzen van jullie regio (grensgevallen)?",
            [new("Ja", "ja"), new("Nee", "nee"), DontKnowChoice],
            text => Choice(text, [("ja", ["ja", "jawel", "sommige", "enkele"]), ("nee", ["nee", "geen", "niet"])],
                v => p => p with { Grensgevallen = v == "ja" }, "Antwoord met 'ja' of 'nee'."),
            p => p.Grensgevallen is { } g ? (g ? "ja" : "nee") : null),
        new("role", "Jouw rol", "Wat is jouw rol? Kies of typ je eigen omschrijving.",
            [new("Bestuurder", "bestuurder"), new("HR", "HR"), new("Schoolopleider", "schoolopleider"), new("Coördinator", "coördinator")],
            text => Text(text, 80) is { } role
                ? ProfileAnswer.Ok(p => p with { Role = role })
                : ProfileAnswer.Fail("Omschrijf je rol in hooguit 80 tekens, bijvoorbeeld 'schoolopleider'."),
            p => p.Role),
    ];

    public static ProfileQuestion? Find(string key) => All.FirstOrDefault(q => q.Key == key);

    private static ProfileQuestion EmbeddingQuestion(string key, string label, string who, Func<RegionProfile, string, RegionProfile> set, Func<RegionProfile, string?> show) =>
        new(key, label, $"Hoe zijn de {who} ingebed in Samen Opleiden?",
            [new("Volledig", "volledig"), new("Deels", "deels"), new("Buiten Samen Opleiden", "buiten"), DontKnowChoice],
            text => Choice(text, Embedding, v => p => set(p, v), "Kies 'volledig', 'deels', 'buiten' of 'weet ik niet'."),
            show);

    private static ProfileAnswer Choice(string text, (string Value, string[] Words)[] options, Func<string, Func<RegionProfile, RegionProfile>> apply, string error) =>
        OneOf(text, options) is { } value ? ProfileAnswer.Ok(apply(value)) : ProfileAnswer.Fail(error);
}
