using System.Globalization;
using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Core.Rules.Facts;

/// <summary>
/// Every condition on the region profile that data rows may name (<c>rules/profile-advice.json</c>,
/// <c>rules/priority.json</c>, conditional advice actions). A name not listed here is a fault that
/// <c>rules validate</c> reports.
/// </summary>
public static class RegionConditions
{
    private static readonly string[] Outside = ["deels", "buiten"];

    public static IReadOnlyDictionary<string, RegionCondition> ByName { get; } = new[]
    {
        Type("krimp", "krimp", "jullie zijn een krimpregio"),
        Type("tekort", "tekort", "jullie zijn een tekortregio"),
        new RegionCondition("nietTekort", p => p.RegionType != "tekort",
            p => p.RegionType is null ? "het regiotype is niet opgegeven" : "jullie zijn geen tekortregio",
            p => Field("regionType", p.RegionType)),
        new RegionCondition("nietKrimp", p => p.RegionType != "krimp",
            p => p.RegionType is null ? "het regiotype is niet opgegeven" : "jullie zijn geen krimpregio",
            p => Field("regionType", p.RegionType)),
        Coverage("zijInstromersBuiten", "zijInstromers", p => p.ZijInstromers, "zij-instromers vallen nog (deels) buiten Samen Opleiden"),
        Coverage("deeltijdBuiten", "deeltijd", p => p.Deeltijd, "deeltijdstudenten vallen nog (deels) buiten Samen Opleiden"),
        Coverage("voltijdBuiten", "voltijd", p => p.Voltijd, "voltijdstudenten lopen nog (deels) buiten de partnerschappen stage"),
        new RegionCondition("grensgevallen", p => p.Grensgevallen == true,
            _ => "er zijn scholen of partners buiten de grenzen van jullie onderwijsregio",
            p => Field("grensgevallen", p.Grensgevallen is { } g ? (g ? "ja" : "nee") : null)),
        Partnerships("eenPartnerschap", n => n == 1),
        Partnerships("meerderePartnerschappen", n => n >= 2),
        Partnerships("veelPartnerschappen", n => n >= 5),
        new RegionCondition("metMbo", p => p.HasSector("mbo"), _ => "het mbo doet mee", p => Field("sectors", Sectors(p))),
        new RegionCondition("zonderMbo", p => p.Sectors.Count > 0 && !p.HasSector("mbo"),
            _ => "het mbo doet nog niet mee in de partnerschappen", p => Field("sectors", Sectors(p))),
        new RegionCondition("zonderSo", p => p.Sectors.Count > 0 && !p.HasSector("vso") && !p.HasSector("so"),
            _ => "het (voortgezet) speciaal onderwijs doet nog niet mee in de partnerschappen", p => Field("sectors", Sectors(p))),
        new RegionCondition("lageRealisatiegraad", p => p.Realisatiegraad is < 70,
            p => string.Create(CultureInfo.InvariantCulture, $"de realisatiegraad '100% Samen Opleiden' is {p.Realisatiegraad}%"),
            p => Field("realisatiegraad", p.Realisatiegraad?.ToString(CultureInfo.InvariantCulture))),
    }.ToDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>The conditions with these names; throws for a name that is not a condition (data is validated before).</summary>
    public static IReadOnlyList<RegionCondition> Named(IEnumerable<string> names) => new NamedConditions(names.Select(n => ByName[n]).ToList());

    private static RegionCondition Type(string name, string type, string clause) =>
        new(name, p => p.RegionType == type, _ => clause, p => Field("regionType", p.RegionType));

    private static RegionCondition Coverage(string name, string field, Func<RegionProfile, string?> read, string clause) =>
        new(name, p => Outside.Contains(read(p)), _ => clause, p => Field(field, read(p)));

    private static RegionCondition Partnerships(string name, Func<int, bool> holds) =>
        new(name, p => p.Partnerships is { } n && holds(n),
            p => p.Partnerships == 1 ? "jullie regio heeft één partnerschap" : $"jullie regio heeft {p.Partnerships} partnerschappen",
            p => Field("partnerships", p.Partnerships?.ToString(CultureInfo.InvariantCulture)));

    private static string Sectors(RegionProfile profile) => string.Join(", ", profile.Sectors);

    private static KeyValuePair<string, string> Field(string name, string? value) => new($"profile.{name}", value ?? "onbekend");
}
