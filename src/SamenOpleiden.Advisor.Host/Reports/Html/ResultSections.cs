using System.Text;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Core.Typology;
using static SamenOpleiden.Advisor.Host.Reports.Html.HtmlPage;

namespace SamenOpleiden.Advisor.Host.Reports.Html;

/// <summary>The parts of a rules result that the individual report and the region view show alike: typering, roadmap, follow-ups.</summary>
internal static class ResultSections
{
    public static void Typering(StringBuilder html, Typering typering, TypologyModel typology)
    {
        html.Append("<div class=\"typering\">\n")
            .Append("<p class=\"phase\">").Append(E(ReportText.Typering(typering))).Append("</p>\n")
            .Append("<p>").Append(E(typering.Summary)).Append("</p>\n");
        FocusList(html, "Achterblijvers", typering.Laggards, typology);
        FocusList(html, "Koplopers", typering.Frontrunners, typology);
        Why(html, typering.Trace);
        html.Append("</div>\n");
    }

    public static void Roadmap(StringBuilder html, IReadOnlyList<RoadmapStep> steps, IReadOnlyList<LaterItem> later, TypologyModel typology)
    {
        foreach (var step in steps)
        {
            html.Append("<section class=\"step\">\n<h3>").Append(E(ReportText.StepTitle(step))).Append("</h3>\n");
            if (step.Items.Count == 0)
            {
                html.Append("<p class=\"empty\">Geen adviezen in deze stap.</p>\n");
            }

            foreach (var item in step.Items)
            {
                AdviceItem(html, item, typology);
            }

            html.Append("</section>\n");
        }

        if (later.Count > 0)
        {
            html.Append("<p class=\"later\"><strong>Daarna:</strong> ").Append(E(DutchList.Join(later.Select(l => l.Title)))).Append("</p>\n");
        }
    }

    /// <summary>The appendix: every rule behind the report (<see cref="ReportText.RuleAudit"/>), with the values it used.</summary>
    public static void RuleAppendix(StringBuilder html, AssessmentResult result, IReadOnlyList<FocusPointReportRow> rows)
    {
        html.Append("<dl class=\"trace-list\">\n");
        foreach (var (label, trace) in ReportText.RuleAudit(result, rows))
        {
            html.Append("<dt>").Append(E(label)).Append("</dt>\n");
            foreach (var rule in trace)
            {
                html.Append("<dd><code>").Append(E(ReportText.Audit(rule))).Append("</code></dd>\n");
            }
        }

        html.Append("</dl>\n");
    }

    public static void FollowUps(StringBuilder html, IReadOnlyList<FollowUp> followUps, TypologyModel typology)
    {
        if (followUps.Count == 0)
        {
            html.Append("<p class=\"empty\">Er waren geen vervolgvragen: de antwoorden spraken elkaar niet tegen.</p>\n");
            return;
        }

        html.Append("<ul class=\"follow-ups\">\n");
        foreach (var followUp in followUps)
        {
            var answer = followUp.Answer is { } a ? $"Bevestigd: fase {a}." : $"Nog open; de regels stellen fase {followUp.SuggestedPhase} voor.";
            html.Append("<li><strong>").Append(E(typology.Find(followUp.FocusPoint)?.Name ?? followUp.FocusPoint)).Append(":</strong> ")
                .Append(E(followUp.Question)).Append(' ').Append(E(answer));
            Why(html, followUp.Trace);
            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    public static void Why(StringBuilder html, IReadOnlyList<RuleTrace> trace)
    {
        if (trace.Count == 0)
        {
            return;
        }

        html.Append("<div class=\"why\"><strong>Waarom:</strong>\n<ul>\n");
        foreach (var rule in trace)
        {
            html.Append("<li>").Append(E(ReportText.Trace(rule))).Append("</li>\n");
        }

        html.Append("</ul>\n</div>\n");
    }

    private static void AdviceItem(StringBuilder html, AdviceResultItem item, TypologyModel typology)
    {
        var focus = item.FocusPoint is null ? "Algemeen" : typology.Find(item.FocusPoint)?.Name ?? item.FocusPoint;
        html.Append("<article class=\"advice\" data-advice=\"").Append(E(item.Id)).Append("\">\n")
            .Append("<h4>").Append(E(item.Title)).Append("</h4>\n")
            .Append("<p class=\"facts\">").Append(E(focus)).Append(" · ").Append(E(ReportText.Transition(item))).Append("</p>\n");
        if (item.Actions.Count > 0)
        {
            html.Append("<ul>\n");
            foreach (var action in item.Actions)
            {
                html.Append("<li>").Append(E(action)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("<p class=\"facts\"><strong>Trekker:</strong> ").Append(E(ReportText.People(item)))
            .Append(" · <strong>Termijn:</strong> ").Append(E(item.Horizon));
        if (!string.IsNullOrWhiteSpace(item.Instrument))
        {
            html.Append(" · <strong>Instrument:</strong> ").Append(E(item.Instrument));
        }

        html.Append("</p>\n");
        Why(html, item.Trace);
        html.Append("</article>\n");
    }

    private static void FocusList(StringBuilder html, string label, IReadOnlyList<string> ids, TypologyModel typology)
    {
        if (ids.Count > 0)
        {
            html.Append("<p><strong>").Append(label).Append(":</strong> ")
                .Append(E(string.Join(", ", ids.Select(id => typology.Find(id)?.Name ?? id)))).Append("</p>\n");
        }
    }
}
