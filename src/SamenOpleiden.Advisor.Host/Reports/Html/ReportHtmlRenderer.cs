using System.Text;
using System.Xml.Linq;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Core.Typology;
using SamenOpleiden.Advisor.Host.Reports.Chart;
using static SamenOpleiden.Advisor.Host.Reports.Html.HtmlPage;

namespace SamenOpleiden.Advisor.Host.Reports.Html;

/// <summary>One respondent's report as a printable Dutch HTML page.</summary>
internal static class ReportHtmlRenderer
{
    /// <param name="selfPath">The page's own address without extension; the exports are <c>.md</c> and <c>.json</c> next to it.</param>
    public static string Render(AssessmentReport report, TypologyModel typology, string selfPath)
    {
        var result = report.Result;
        var region = result.Profile.RegionName ?? "jullie regio";
        var html = new StringBuilder();

        html.Append("<header>\n<p class=\"eyebrow\">Samen Opleiden Sterk in Onderwijsregio's · Rapport</p>\n")
            .Append("<h1>").Append(E(region)).Append("</h1>\n")
            .Append("<p class=\"meta\">").Append(E(ReportText.Meta(report))).Append("</p>\n</header>\n");
        Actions(html, selfPath);

        html.Append("<section id=\"typering\">\n<h2>Typering</h2>\n");
        ResultSections.Typering(html, result.Typering, typology);
        html.Append("</section>\n");

        html.Append("<section id=\"profiel\">\n<h2>Regioprofiel</h2>\n");
        Profile(html, ProfileFacts.Of(result.Profile));
        html.Append("</section>\n");

        html.Append("<section id=\"radar\">\n<h2>Overzicht van de elf focuspunten</h2>\n<figure aria-describedby=\"fasen-tabel\">\n")
            .Append(RadarSvgWriter.Write(ReportCharts.ForAssessment(report)).ToString(SaveOptions.DisableFormatting))
            .Append("\n<figcaption>Gearceerde vorm met zwarte stippen: de huidige fase per focuspunt (midden = onbekend). ")
            .Append("Stippellijn met open vierkant: de ambitie op de focuspunten die jullie voorrang geven.</figcaption>\n</figure>\n</section>\n");

        html.Append("<section id=\"fasen\">\n<h2>Fase per focuspunt</h2>\n");
        PhaseTable(html, report.Rows);
        html.Append("</section>\n");

        html.Append("<section id=\"stappenplan\" class=\"page-break\">\n<h2>Stappenplan</h2>\n");
        ResultSections.Roadmap(html, result.Steps, result.Later, typology);
        html.Append("</section>\n");

        html.Append("<section id=\"vervolgvragen\">\n<h2>Vervolgvragen</h2>\n");
        ResultSections.FollowUps(html, result.FollowUps, typology);
        html.Append("</section>\n");

        html.Append("<section id=\"verantwoording\">\n<h2>Verantwoording per focuspunt</h2>\n")
            .Append("<p>Waarom elk focuspunt op zijn fase staat, in jullie eigen antwoorden.</p>\n<dl class=\"trace-list\">\n");
        foreach (var row in report.Rows)
        {
            html.Append("<dt>").Append(E(row.Name)).Append("</dt>\n");
            foreach (var trace in row.Trace)
            {
                html.Append("<dd>").Append(E(ReportText.Trace(trace))).Append("</dd>\n");
            }
        }

        html.Append("</dl>\n</section>\n");
        html.Append("<section id=\"regels\">\n<h2>Bijlage: de regels achter dit rapport</h2>\n")
            .Append("<p>Voor wie de uitkomst wil nagaan: elke regel die vuurde, met de waarden die hij gebruikte.</p>\n");
        ResultSections.RuleAppendix(html, result, report.Rows);
        html.Append("</section>\n");
        html.Append("<footer>\n<p>").Append(E(ReportText.Meta(report))).Append(". ")
            .Append("Fasen en adviezen komen uit vaste regels: dezelfde antwoorden geven met dezelfde regels altijd hetzelfde rapport. ")
            .Append("Dit rapport is vertrouwelijk; deel de link alleen met wie het mag zien.</p>\n</footer>\n");
        return HtmlPage.Render($"Rapport Samen Opleiden — {region}", html.ToString());
    }

    private static void Actions(StringBuilder html, string selfPath) =>
        html.Append("<nav class=\"actions\" aria-label=\"Rapport bewaren\">\n")
            .Append(HtmlPage.PrintButton)
            .Append("<a href=\"").Append(E(selfPath)).Append(".md\" download>Markdown</a>\n")
            .Append("<a href=\"").Append(E(selfPath)).Append(".json\" download>JSON</a>\n</nav>\n");

    private static void Profile(StringBuilder html, IReadOnlyList<(string Label, string Value)> facts)
    {
        if (facts.Count == 0)
        {
            html.Append("<p class=\"empty\">Er is geen regioprofiel ingevuld.</p>\n");
            return;
        }

        html.Append("<dl class=\"profile\">\n");
        foreach (var (label, value) in facts)
        {
            html.Append("<dt>").Append(E(label)).Append("</dt><dd>").Append(E(value)).Append("</dd>\n");
        }

        html.Append("</dl>\n");
    }

    private static void PhaseTable(StringBuilder html, IReadOnlyList<FocusPointReportRow> rows)
    {
        html.Append("<table id=\"fasen-tabel\" class=\"reflow\">\n<colgroup><col class=\"nr\"><col class=\"name\"><col class=\"phase\"><col class=\"descriptor\"><col class=\"ambition\"><col></colgroup>\n<thead><tr><th class=\"num\">#</th><th>Focuspunt</th><th class=\"num\">Fase</th>")
            .Append("<th>Beschrijving van de fase</th><th class=\"num\">Ambitie</th><th>Toelichting</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            // data-label names the column where a narrow screen shows the row as a list (ReportStylesheet: table.reflow).
            html.Append("<tr data-focus-point=\"").Append(E(row.FocusPointId)).Append("\">")
                .Append("<td class=\"num nr\">").Append(i + 1).Append("</td>")
                .Append("<td class=\"name\">").Append(E(row.Name)).Append("</td>")
                .Append("<td class=\"num\" data-label=\"Fase\">").Append(row.Phase is { } p ? $"{p}<br><small>{E(row.PhaseName)}</small>" : "onbekend").Append("</td>")
                .Append("<td data-label=\"Beschrijving\">").Append(E(row.Descriptor ?? "—")).Append("</td>")
                .Append("<td class=\"num\" data-label=\"Ambitie\">").Append(row.AmbitionRank is { } rank ? $"prioriteit {rank}<br><small>naar fase {row.AmbitionPhase}</small>" : "—").Append("</td>")
                .Append("<td class=\"remark\" data-label=\"Toelichting\">").Append(E(row.Remark ?? "")).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }
}
