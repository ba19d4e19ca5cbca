using System.Globalization;
using System.Text;
using SamenOpleiden.Advisor.Core.Reports;

namespace SamenOpleiden.Advisor.Host.Reports.Csv;

/// <summary>
/// The region view as CSV for Dutch Excel: semicolon separated (Excel's list separator in the nl-NL
/// locale, where the comma is the decimal sign), decimal commas, UTF-8 with a byte order mark so
/// Excel reads "ï" and "é" correctly, CRLF line ends, one row per focus point.
/// </summary>
internal static class RegionCsvWriter
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static byte[] Write(RegionReport region)
    {
        var csv = new StringBuilder();
        var header = new List<string> { "Nr", "Focuspunt", "Fase 1", "Fase 2", "Fase 3", "Onbekend", "Mediaan", "Regiofase", "Verschil van inzicht" };
        if (region.PreviousRound is { } previous)
        {
            header.AddRange([$"Mediaan ronde {previous}", "Verandering"]);
        }

        header.AddRange(region.Respondents.Select(r => r.Label));
        Line(csv, header.Select(Text));

        for (var i = 0; i < region.FocusPoints.Count; i++)
        {
            var f = region.FocusPoints[i];
            var cells = new List<string>
            {
                Number(i + 1), Text(f.Name),
                Number(f.Counts.Phase1), Number(f.Counts.Phase2), Number(f.Counts.Phase3), Number(f.Counts.Unknown),
                Number(f.Median), Number(f.RegionalPhase), Text(f.Disagreement ? "ja" : "nee"),
            };
            if (region.PreviousRound is not null)
            {
                cells.AddRange([Number(f.PreviousMedian), Number(f.Change)]);
            }

            cells.AddRange(f.PhaseByRespondent.Select(p => Number(p)));
            Line(csv, cells);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, IEnumerable<string> cells) => csv.Append(string.Join(';', cells)).Append("\r\n");

    private static string Number(double? value) => value?.ToString("0.##", Dutch) ?? "";

    /// <summary>Quotes where needed, and defuses text Excel would run as a formula (a role typed as "=HYPERLINK(...)").</summary>
    private static string Text(string value)
    {
        var safe = value.Length > 0 && "=+-@\t\r".Contains(value[0]) ? "'" + value : value;
        return safe.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"") + "\"" : safe;
    }
}
