using System.Text;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Host.Reports.Markdown;

/// <summary>The same report as Markdown (CommonMark with pipe tables), to paste into a plan or a wiki.</summary>
internal static class ReportMarkdownRenderer
{
    public static string Render(AssessmentReport report, TypologyModel typology)
    {
        var result = report.Result;
        var md = new StringBuilder();
        md.Append("# Rapport Samen Opleiden — ").Append(Md(result.Profile.RegionName ?? "jullie regio")).Append("\n\n")
            .Append(Md(ReportText.Meta(report))).Append("\n\n");

        md.Append("## Typering\n\n**").Append(Md(ReportText.Typering(result.Typering)))
            .Append("**\n\n").Append(Md(result.Typering.Summary)).Append("\n\n");
        FocusList(md, "Achterblijvers", result.Typering.Laggards, typology);
        FocusList(md, "Koplopers", result.Typering.Frontrunners, typology);
        Why(md, result.Typering.Trace);

        md.Append("## Regioprofiel\n\n");
        var facts = ProfileFacts.Of(result.Profile);
        foreach (var (label, value) in facts)
        {
            md.Append("- **").Append(Md(label)).Append(":** ").Append(Md(value)).Append('\n');
        }

        md.Append(facts.Count == 0 ? "_Er is geen regioprofiel ingevuld._\n\n" : "\n");

        md.Append("## Fase per focuspunt\n\n| # | Focuspunt | Fase | Beschrijving van de fase | Ambitie | Toelichting |\n|---|---|---|---|---|---|\n");
        for (var i = 0; i < report.Rows.Count; i++)
        {
            var row = report.Rows[i];
            md.Append("| ").Append(i + 1).Append(" | ").Append(Md(row.Name))
                .Append(" | ").Append(row.Phase is { } p ? $"{p} ({Md(row.PhaseName)})" : "onbekend")
                .Append(" | ").Append(Md(row.Descriptor ?? "—"))
                .Append(" | ").Append(row.AmbitionRank is { } rank ? $"prioriteit {rank}, naar fase {row.AmbitionPhase}" : "—")
                .Append(" | ").Append(Md(row.Remark ?? "")).Append(" |\n");
        }

        md.Append("\n## Stappenplan\n\n");
        foreach (var step in result.Steps)
        {
            md.Append("### ").Append(Md(ReportText.StepTitle(step))).Append("\n\n");
            if (step.Items.Count == 0)
            {
                md.Append("_Geen adviezen in deze stap._\n\n");
            }

            foreach (var item in step.Items)
            {
                AdviceItem(md, item, typology);
            }
        }

        if (result.Later.Count > 0)
        {
            md.Append("**Daarna:** ").Append(Md(DutchList.Join(result.Later.Select(l => l.Title)))).Append("\n\n");
        }

        md.Append("## Vervolgvragen\n\n");
        if (result.FollowUps.Count == 0)
        {
            md.Append("_Er waren geen vervolgvragen: de antwoorden spraken elkaar niet tegen._\n\n");
        }

        foreach (var followUp in result.FollowUps)
        {
            var answer = followUp.Answer is { } a ? $"Bevestigd: fase {a}." : $"Nog open; de regels stellen fase {followUp.SuggestedPhase} voor.";
            md.Append("- **").Append(Md(typology.Find(followUp.FocusPoint)?.Name ?? followUp.FocusPoint)).Append(":** ")
                .Append(Md(followUp.Question)).Append(' ').Append(Md(answer)).Append('\n');
        }

        md.Append("\n## Verantwoording per focuspunt\n\n");
        foreach (var row in report.Rows)
        {
            md.Append("- **").Append(Md(row.Name)).Append("**\n");
            foreach (var trace in row.Trace)
            {
                md.Append("  - ").Append(Md(ReportText.Trace(trace))).Append('\n');
            }
        }

        md.Append("\n## Bijlage: de regels achter dit rapport\n\n");
        RuleAppendix(md, result, report.Rows);

        md.Append("\n---\n\n").Append(Md(ReportText.Meta(report))).Append(". Fasen en adviezen komen uit vaste regels.\n");
        return md.ToString();
    }

    private static void AdviceItem(StringBuilder md, AdviceResultItem item, TypologyModel typology)
    {
        var focus = item.FocusPoint is null ? "Algemeen" : typology.Find(item.FocusPoint)?.Name ?? item.FocusPoint;
        md.Append("#### ").Append(Md(item.Title)).Append("\n\n")
            .Append(Md(focus)).Append(" · ").Append(Md(ReportText.Transition(item))).Append("\n\n");
        foreach (var action in item.Actions)
        {
            md.Append("- ").Append(Md(action)).Append('\n');
        }

        md.Append(item.Actions.Count > 0 ? "\n" : "")
            .Append("**Trekker:** ").Append(Md(ReportText.People(item))).Append(" · **Termijn:** ").Append(Md(item.Horizon));
        if (!string.IsNullOrWhiteSpace(item.Instrument))
        {
            md.Append(" · **Instrument:** ").Append(Md(item.Instrument));
        }

        md.Append("\n\n");
        Why(md, item.Trace);
    }

    private static void Why(StringBuilder md, IReadOnlyList<RuleTrace> trace)
    {
        if (trace.Count == 0)
        {
            return;
        }

        md.Append("_Waarom:_\n\n");
        foreach (var rule in trace)
        {
            md.Append("- ").Append(Md(ReportText.Trace(rule))).Append('\n');
        }

        md.Append('\n');
    }

    private static void RuleAppendix(StringBuilder md, AssessmentResult result, IReadOnlyList<FocusPointReportRow> rows)
    {
        foreach (var (label, trace) in ReportText.RuleAudit(result, rows))
        {
            md.Append("- **").Append(Md(label)).Append(":** ").Append(Md(string.Join("; ", trace.Select(ReportText.Audit)))).Append('\n');
        }

        md.Append('\n');
    }

    private static void FocusList(StringBuilder md, string label, IReadOnlyList<string> ids, TypologyModel typology)
    {
        if (ids.Count > 0)
        {
            md.Append("**").Append(label).Append(":** ").Append(Md(string.Join(", ", ids.Select(id => typology.Find(id)?.Name ?? id)))).Append("\n\n");
        }
    }

    /// <summary>Escapes what Markdown would otherwise read as markup, and keeps every value on one line.</summary>
    internal static string Md(string? text)
    {
        var escaped = new StringBuilder();
        foreach (var c in (text ?? "").ReplaceLineEndings(" "))
        {
            if ("\\`*_[]<>#|~".Contains(c))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
