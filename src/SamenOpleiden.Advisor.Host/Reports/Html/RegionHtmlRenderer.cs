using System.Text;
using System.Xml.Linq;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Core.Typology;
using SamenOpleiden.Advisor.Host.Reports.Chart;
using static SamenOpleiden.Advisor.Host.Reports.Html.HtmlPage;

namespace SamenOpleiden.Advisor.Host.Reports.Html;

/// <summary>The coordinator's region view: spread, disagreement, regional typering and roadmap, change since the previous round.</summary>
internal static class RegionHtmlRenderer
{
    /// <param name="links">Addresses that carry the coordinator's token.</param>
    public static string Render(RegionReport region, RegionDetails details, TypologyModel typology, RegionViewLinks links)
    {
        var html = new StringBuilder();
        html.Append("<header>\n<p class=\"eyebrow\">Samen Opleiden Sterk in Onderwijsregio's · Regio-overzicht</p>\n")
            .Append("<h1>").Append(E(region.RegionName)).Append(" — ronde ").Append(region.Round).Append("</h1>\n")
            .Append("<p class=\"meta\">").Append(E(Meta(region, details))).Append("</p>\n</header>\n");
        Actions(html, region, details, links);

        if (region.Regional is null)
        {
            html.Append("<p class=\"empty\">In ronde ").Append(region.Round)
                .Append(" heeft nog niemand de scan afgerond. Deel de toegangscode van de regio met de respondenten.</p>\n");
            return HtmlPage.Render($"Regio-overzicht {region.RegionName}", html.ToString());
        }

        Respondents(html, region, links);
        html.Append("<section id=\"typering\">\n<h2>Regionale typering</h2>\n")
            .Append("<p>Berekend met dezelfde regels als een eigen scan, uit de regiofase per focuspunt: de hoogste fase die meer dan de helft van de respondenten ziet.</p>\n");
        ResultSections.Typering(html, region.Regional.Typering, typology);
        html.Append("</section>\n");

        html.Append("<section id=\"radar\">\n<h2>Overzicht van de elf focuspunten</h2>\n<figure aria-describedby=\"spreiding-tabel\">\n")
            .Append(RadarSvgWriter.Write(ReportCharts.ForRegion(region)).ToString(SaveOptions.DisableFormatting))
            .Append("\n<figcaption>Gearceerde vorm met zwarte stippen: de mediaan van deze ronde.")
            .Append(region.PreviousRound is { } p ? $" Stippellijn met driehoeken: de mediaan van ronde {p}." : "")
            .Append("</figcaption>\n</figure>\n</section>\n");

        html.Append("<section id=\"spreiding\">\n<h2>Spreiding per focuspunt</h2>\n");
        SpreadTable(html, region);
        Conversations(html, region);
        html.Append("</section>\n");

        html.Append("<section id=\"antwoorden\">\n<h2>Antwoorden per respondent</h2>\n");
        AnswerMatrix(html, region);
        html.Append("</section>\n");

        html.Append("<section id=\"stappenplan\" class=\"page-break\">\n<h2>Regionaal stappenplan</h2>\n");
        ResultSections.Roadmap(html, region.Regional.Steps, region.Regional.Later, typology);
        html.Append("</section>\n<section id=\"vervolgvragen\">\n<h2>Vervolgvragen voor het regio-overleg</h2>\n");
        ResultSections.FollowUps(html, region.Regional.FollowUps, typology);
        html.Append("</section>\n<footer>\n<p>").Append(E(Meta(region, details)))
            .Append(". Respondenten staan hier met hun rol, met naam alleen als zij daarmee instemden.</p>\n</footer>\n");
        return HtmlPage.Render($"Regio-overzicht {region.RegionName} — ronde {region.Round}", html.ToString());
    }

    private static string Meta(RegionReport region, RegionDetails details)
    {
        var opened = details.Rounds.FirstOrDefault(r => r.Number == region.Round);
        return $"{region.Respondents.Count} {(region.Respondents.Count == 1 ? "respondent" : "respondenten")}"
            + (opened is null ? "" : $" · ronde geopend op {ReportText.Day(opened.OpenedAt)}")
            + (region.PreviousRound is { } p ? $" · vergeleken met ronde {p}" : "")
            + (region.Regional is { } r ? $" · Regelversie {ReportText.RulesVersion(r.RulesVersion)}" : "");
    }

    private static void Actions(StringBuilder html, RegionReport region, RegionDetails details, RegionViewLinks links)
    {
        html.Append("<nav class=\"actions\" aria-label=\"Regio-overzicht\">\n")
            .Append(HtmlPage.PrintButton)
            .Append("<a href=\"").Append(E(links.Csv(region.Round))).Append("\" download>CSV voor Excel</a>\n");
        foreach (var round in details.Rounds.Where(r => r.Number != region.Round))
        {
            html.Append("<a href=\"").Append(E(links.View(round.Number))).Append("\">Ronde ").Append(round.Number).Append("</a>\n");
        }

        html.Append("<form method=\"post\" action=\"").Append(E(links.OpenRound)).Append("\" style=\"display:inline\">")
            .Append("<button type=\"submit\">Nieuwe ronde openen</button></form>\n</nav>\n");
    }

    private static void Respondents(StringBuilder html, RegionReport region, RegionViewLinks links)
    {
        html.Append("<section id=\"respondenten\">\n<h2>Respondenten</h2>\n<ul>\n");
        foreach (var respondent in region.Respondents)
        {
            html.Append("<li><a href=\"").Append(E(links.Report(respondent.ReportId))).Append("\">").Append(E(respondent.Label))
                .Append("</a>, ingevuld op ").Append(E(ReportText.Date(respondent.CompletedAt))).Append("</li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    private static void SpreadTable(StringBuilder html, RegionReport region)
    {
        html.Append("<table id=\"spreiding-tabel\" class=\"wide reflow\">\n<colgroup><col class=\"nr\"><col class=\"name\">")
            .Append(string.Concat(Enumerable.Repeat("<col>", region.PreviousRound is null ? 6 : 8))).Append("<col class=\"flag\"></colgroup>\n")
            .Append("<thead><tr><th class=\"num\">#</th><th>Focuspunt</th>")
            .Append("<th class=\"num\">Fase 1</th><th class=\"num\">Fase 2</th><th class=\"num\">Fase 3</th><th class=\"num\">Weet niet</th>")
            .Append("<th class=\"num\">Medi&shy;aan</th><th class=\"num\">Regio&shy;fase</th>");
        if (region.PreviousRound is { } previous)
        {
            html.Append("<th class=\"num\">Ronde ").Append(previous).Append("</th><th class=\"num\">Veran&shy;dering</th>");
        }

        html.Append("<th>Verschil van inzicht</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < region.FocusPoints.Count; i++)
        {
            var f = region.FocusPoints[i];
            // data-label names the column where a narrow screen shows the row as a list (ReportStylesheet: table.reflow).
            html.Append("<tr data-focus-point=\"").Append(E(f.FocusPointId)).Append("\"><td class=\"num nr\">").Append(i + 1).Append("</td><td class=\"name\">").Append(E(f.Name)).Append("</td>");
            foreach (var (label, count) in new[] { ("Fase 1", f.Counts.Phase1), ("Fase 2", f.Counts.Phase2), ("Fase 3", f.Counts.Phase3), ("Weet niet", f.Counts.Unknown) })
            {
                html.Append("<td class=\"num\" data-label=\"").Append(label).Append("\">").Append(count).Append("</td>");
            }

            html.Append("<td class=\"num\" data-label=\"Mediaan\">").Append(E(ReportText.Number(f.Median))).Append("</td>")
                .Append("<td class=\"num\" data-label=\"Regiofase\">").Append(f.RegionalPhase?.ToString() ?? "—").Append("</td>");
            if (region.PreviousRound is { } earlier)
            {
                html.Append("<td class=\"num\" data-label=\"Ronde ").Append(earlier).Append("\">").Append(E(ReportText.Number(f.PreviousMedian))).Append("</td>")
                    .Append("<td class=\"num change\" data-label=\"Verandering\">").Append(E(ReportText.Change(f.Change))).Append("</td>");
            }

            html.Append("<td>").Append(f.Disagreement ? "<span class=\"flag\">twee fasen uiteen</span>" : "").Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Conversations(StringBuilder html, RegionReport region)
    {
        var flagged = region.FocusPoints.Where(f => f.Disagreement).ToList();
        if (flagged.Count == 0)
        {
            return;
        }

        html.Append("<h3>Gespreksstarters</h3>\n<p>Hier zien respondenten de regio twee fasen verschillend. Dat verschil is zelf informatie: bespreek het.</p>\n<ul class=\"conversation-starters\">\n");
        foreach (var f in flagged)
        {
            var answers = region.Respondents.Select((r, i) => $"{r.Label}: {(f.PhaseByRespondent[i] is { } p ? "fase " + p : "onbekend")}");
            html.Append("<li><strong>").Append(E(f.Name)).Append("</strong> — ").Append(E(string.Join(", ", answers))).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void AnswerMatrix(StringBuilder html, RegionReport region)
    {
        html.Append("<table class=\"matrix wide reflow\">\n<colgroup><col class=\"name\"></colgroup>\n<thead><tr><th>Focuspunt</th>");
        foreach (var respondent in region.Respondents)
        {
            html.Append("<th class=\"num\">").Append(E(respondent.Label)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var f in region.FocusPoints)
        {
            html.Append("<tr><td class=\"name\">").Append(E(f.ShortName)).Append("</td>");
            for (var i = 0; i < f.PhaseByRespondent.Count; i++)
            {
                html.Append("<td class=\"num\" data-label=\"").Append(E(region.Respondents[i].Label)).Append("\">")
                    .Append(f.PhaseByRespondent[i]?.ToString() ?? "?").Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n<p class=\"meta\">? = weet ik niet.</p>\n");
    }
}
