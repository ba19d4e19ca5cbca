using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Assessment;

/// <summary>Rejects input the rules cannot judge, with one Dutch sentence naming the problem.</summary>
internal static class AssessmentInputValidator
{
    private static readonly string[] RegionTypes = ["tekort", "krimp"];
    private static readonly string[] Coverage = ["volledig", "deels", "buiten"];
    private static readonly string[] Sectors = ["po", "vo", "mbo", "vso", "so"];

    public static void Validate(AssessmentInput input, TypologyModel typology, IReadOnlyDictionary<string, FollowUpQuestion> followUps)
    {
        foreach (var (id, phase) in input.Answers)
        {
            if (typology.Find(id) is null) Fail($"onbekend focuspunt '{id}' in answers; bekend zijn: {Known(typology)}");
            if (phase is not null and not (>= 1 and <= 3)) Fail($"de fase van '{id}' moet 1, 2, 3 of null (weet ik niet) zijn, niet {phase}");
        }

        foreach (var id in input.Ambition.Where(id => typology.Find(id) is null))
            Fail($"onbekend focuspunt '{id}' in ambition; bekend zijn: {Known(typology)}");

        foreach (var (id, phase) in input.FollowUpAnswers)
        {
            if (!followUps.ContainsKey(id)) Fail($"onbekende vervolgvraag '{id}' in followUpAnswers");
            if (phase is < 1 or > 3) Fail($"het antwoord op vervolgvraag '{id}' moet fase 1, 2 of 3 zijn, niet {phase}");
        }

        var profile = input.Profile;
        OneOf("profile.regionType", profile.RegionType, RegionTypes);
        OneOf("profile.voltijd", profile.Voltijd, Coverage);
        OneOf("profile.deeltijd", profile.Deeltijd, Coverage);
        OneOf("profile.zijInstromers", profile.ZijInstromers, Coverage);
        foreach (var sector in profile.Sectors) OneOf("profile.sectors", sector, Sectors);
        if (profile.Realisatiegraad is < 0 or > 100) Fail($"profile.realisatiegraad is een percentage van 0 tot 100, niet {profile.Realisatiegraad}");
        if (profile.Partnerships is < 0) Fail("profile.partnerships kan niet negatief zijn");
    }

    // Only a message needs the list: validation runs on every evaluation.
    private static string Known(TypologyModel typology) => string.Join(", ", typology.FocusPoints.Select(f => f.Id));

    private static void OneOf(string field, string? value, string[] allowed)
    {
        if (value is not null && !allowed.Contains(value))
            Fail($"{field} moet een van {string.Join(", ", allowed)} zijn, niet '{value}'");
    }

    private static void Fail(string message) => throw new AssessmentInputException(message);
}
