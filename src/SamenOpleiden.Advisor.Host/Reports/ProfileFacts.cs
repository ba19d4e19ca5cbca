using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Host.Reports;

/// <summary>The region profile as label/value pairs in Dutch; fields the respondent left open are left out.</summary>
internal static class ProfileFacts
{
    public static IReadOnlyList<(string Label, string Value)> Of(RegionProfile profile, bool includeRole = true)
    {
        var facts = new List<(string, string?)>
        {
            ("Onderwijsregio", profile.RegionName),
            ("Type regio", profile.RegionType switch { "tekort" => "Tekortregio", "krimp" => "Krimpregio", var other => other }),
            ("Partnerschappen", profile.Partnerships?.ToString()),
            ("Sectoren", profile.Sectors.Count == 0 ? null : string.Join(", ", profile.Sectors)),
            ("Realisatiegraad '100% Samen Opleiden'", profile.Realisatiegraad is { } r ? $"{r}%" : null),
            ("Voltijd", Embedding(profile.Voltijd)),
            ("Deeltijd", Embedding(profile.Deeltijd)),
            ("Zij-instromers", Embedding(profile.ZijInstromers)),
            ("Toelichting realisatiegraad", profile.RealisatieToelichting),
            ("Partners buiten de regiogrens", profile.Grensgevallen switch { true => "Ja", false => "Nee", null => null }),
            ("Rol van de invuller", includeRole ? profile.Role : null),
        };
        return facts.Where(f => !string.IsNullOrWhiteSpace(f.Item2)).Select(f => (f.Item1, f.Item2!)).ToList();
    }

    private static string? Embedding(string? value) => value switch
    {
        "volledig" => "Volledig binnen Samen Opleiden",
        "deels" => "Deels binnen Samen Opleiden",
        "buiten" => "Buiten Samen Opleiden",
        _ => value,
    };
}
