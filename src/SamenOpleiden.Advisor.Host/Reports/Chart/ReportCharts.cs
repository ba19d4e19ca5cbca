using SamenOpleiden.Advisor.Core.Reports;

namespace SamenOpleiden.Advisor.Host.Reports.Chart;

/// <summary>The radar charts of the individual report and of the region view.</summary>
internal static class ReportCharts
{
    public static RadarChart ForAssessment(AssessmentReport report)
    {
        var axes = report.Rows.Select((row, i) => new RadarAxis(row.FocusPointId, Label(i, row.ShortName, row.Phase is null))).ToList();
        var targets = report.Rows
            .Select((row, i) => (row, i))
            .Where(x => x.row.AmbitionPhase is not null)
            .Select(x => new RadarTarget(x.i, x.row.Phase ?? 0, x.row.AmbitionPhase!.Value, "ambitie"))
            .ToList();
        var description = "Huidige fase per focuspunt: "
            + string.Join("; ", report.Rows.Select(r => $"{r.Name}: {(r.Phase is { } p ? "fase " + p : "onbekend")}"
                + (r.AmbitionPhase is { } a ? $", ambitie fase {a}" : "")))
            + ". Dezelfde gegevens staan in de tabel 'Fase per focuspunt'.";
        return new RadarChart(
            "radar",
            "Radar van de elf focuspunten: huidige fase" + (targets.Count > 0 ? " en ambitie" : ""),
            description,
            axes,
            [new RadarSeries("huidige fase", report.Rows.Select(r => (double?)r.Phase).ToList(), RadarLineStyle.SolidHatched, RadarMarker.Circle)],
            targets);
    }

    public static RadarChart ForRegion(RegionReport region)
    {
        var axes = region.FocusPoints.Select((f, i) => new RadarAxis(f.FocusPointId, Label(i, f.ShortName, f.Median is null))).ToList();
        var series = new List<RadarSeries>
        {
            new($"mediaan ronde {region.Round}", region.FocusPoints.Select(f => f.Median).ToList(), RadarLineStyle.SolidHatched, RadarMarker.Circle),
        };
        if (region.PreviousRound is { } previous && region.FocusPoints.Any(f => f.PreviousMedian is not null))
        {
            series.Add(new($"mediaan ronde {previous}", region.FocusPoints.Select(f => f.PreviousMedian).ToList(), RadarLineStyle.Dotted, RadarMarker.Triangle));
        }

        var description = "Mediaan per focuspunt: "
            + string.Join("; ", region.FocusPoints.Select(f => $"{f.Name}: {ReportText.Number(f.Median)}"
                + (f.PreviousMedian is null ? "" : $" (vorige ronde {ReportText.Number(f.PreviousMedian)})")))
            + ". Dezelfde gegevens staan in de tabel 'Spreiding per focuspunt'.";
        return new RadarChart("regio-radar", $"Radar van de elf focuspunten: mediaan van ronde {region.Round}", description, axes, series, []);
    }

    private static string Label(int index, string shortName, bool unknown) =>
        $"{index + 1}. {shortName}" + (unknown ? " (?)" : "");
}
