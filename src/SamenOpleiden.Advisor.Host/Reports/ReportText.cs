using System.Globalization;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Host.Reports;

/// <summary>The Dutch wording shared by the HTML, Markdown and CSV forms of a report, so they always say the same.</summary>
internal static class ReportText
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo Netherlands = FindNetherlands();

    public static string Date(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Netherlands).ToString("d MMMM yyyy, HH:mm", Dutch);

    public static string Day(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Netherlands).ToString("d MMMM yyyy", Dutch);

    /// <summary>The moment in a file name (<c>2026-12-08-0042</c>), in the same time as the report's own date.</summary>
    public static string FileStamp(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Netherlands).ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture);

    public static string Phase(int? phase, TypologyModel typology) =>
        phase is { } p ? $"Fase {p} · {typology.Phase(p).Name}" : "Onbekend";

    public static string Typering(Typering typering) =>
        typering.Phase is { } p ? $"Fase {p} · {typering.Name}" : typering.Name;

    /// <summary>The line under the report's title and in its footer: when, by whom, which rules.</summary>
    public static string Meta(AssessmentReport report) =>
        $"Ingevuld op {Date(report.Metadata.CompletedAt)}"
        + (string.IsNullOrWhiteSpace(report.Metadata.RespondentRole) ? "" : $" door: {report.Metadata.RespondentRole}")
        + $" · Regelversie {RulesVersion(report.Result.RulesVersion)}";

    public static string Number(double? value) =>
        value is { } v ? v.ToString("0.#", Dutch) : "—";

    public static string Change(double? change) => change switch
    {
        null => "—",
        > 0 => "+" + Number(change),
        < 0 => "−" + Number(-change),
        _ => "0",
    };

    public static string Transition(AdviceResultItem item) => item.Kind switch
    {
        "transition" when item.FromPhase is { } from && item.ToPhase is { } to => $"van fase {from} naar fase {to}",
        "transition" when item.ToPhase is { } to => $"naar fase {to}",
        "deepen" => "fase vasthouden en verdiepen",
        "profile" when item.FromPhase is { } from && item.ToPhase is { } to => $"van fase {from} naar fase {to}, passend bij jullie regio",
        "profile" => "past bij jullie regio",
        _ => "algemeen",
    };

    /// <summary>Why, in the region's own words: what the report shows under "Waarom".</summary>
    public static string Trace(RuleTrace trace) => trace.Text;

    /// <summary>The rule and the values it used, for the report's appendix (audit): <c>Priority.X (phase[hr] = 1)</c>.</summary>
    public static string Audit(RuleTrace trace) =>
        trace.Used.Count == 0 ? trace.RuleId : $"{trace.RuleId} ({string.Join(", ", trace.Used.Select(u => $"{u.Key} = {u.Value}"))})";

    /// <summary>
    /// Every rule behind a report, for its appendix: the typering, each focus point's phase, each follow-up and each
    /// advice item, with the rules that fired on it.
    /// </summary>
    public static IEnumerable<(string Label, IReadOnlyList<RuleTrace> Trace)> RuleAudit(AssessmentResult result, IReadOnlyList<FocusPointReportRow> rows)
    {
        yield return ($"Typering: {result.Typering.Name}", result.Typering.Trace);
        foreach (var row in rows) yield return (row.Name, row.Trace);
        foreach (var followUp in result.FollowUps) yield return ($"Vervolgvraag {followUp.Id}", followUp.Trace);
        foreach (var step in result.Steps)
        foreach (var item in step.Items)
            yield return ($"Stap {step.Step}: {item.Title}", item.Trace);
    }

    /// <summary>The lead and who else takes part: "regiocoördinator; met bestuurders en HR".</summary>
    public static string People(AdviceResultItem item) =>
        item.Who.Count == 0 ? item.Lead : $"{item.Lead}; met {DutchList.Join(item.Who)}";

    /// <summary>The rules' own step title ("Stap 1 — nu"); numbered here only when the rules leave the number out.</summary>
    public static string StepTitle(RoadmapStep step) =>
        step.Title.StartsWith("Stap", StringComparison.OrdinalIgnoreCase) ? step.Title : $"Stap {step.Step} — {step.Title}";

    /// <summary>Enough of the rules hash to tell versions apart on paper: "sha256:384dd0a1b2c3".</summary>
    public static string RulesVersion(string version)
    {
        var hashStart = version.IndexOf(':') + 1;
        return version.Length > hashStart + 12 ? version[..(hashStart + 12)] : version;
    }

    private static TimeZoneInfo FindNetherlands() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var zone) ? zone : TimeZoneInfo.Utc;
}
