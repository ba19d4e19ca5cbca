using System.Text;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Host.Cli;

/// <summary>The <c>assess --format md</c> rendering: phases, typering, follow-ups and the steps with their rules.</summary>
internal static class AssessmentMarkdown
{
    public static string Render(AssessmentResult result, TypologyModel typology)
    {
        var md = new StringBuilder();
        md.AppendLine($"# Typering {result.Profile.RegionName ?? "van de regio"}").AppendLine();
        md.AppendLine($"**{result.Typering.Name}.** {result.Typering.Summary}").AppendLine();
        md.AppendLine("| focuspunt | fase | beschrijving |").AppendLine("|---|---|---|");
        foreach (var focusPoint in typology.FocusPoints)
        {
            var phase = result.Phases[focusPoint.Id];
            md.AppendLine(phase is { } p
                ? $"| {focusPoint.Name} | {p} — {typology.Phase(p).Name} | {focusPoint.DescriptorOf(p)} |"
                : $"| {focusPoint.Name} | onbekend | |");
        }

        foreach (var followUp in result.FollowUps)
            md.AppendLine().AppendLine($"> Vervolgvraag ({followUp.Id}): {followUp.Question}");

        md.AppendLine().AppendLine("Waarom deze typering: " + string.Join(" ", result.Typering.Trace.Select(t => t.Text)));

        foreach (var step in result.Steps)
        {
            md.AppendLine().AppendLine($"## {step.Title}");
            foreach (var item in step.Items)
            {
                md.AppendLine().AppendLine($"### {item.Title}");
                foreach (var action in item.Actions) md.AppendLine($"- {action}");
                md.AppendLine().AppendLine($"Trekker: {item.Lead}; met {DutchList.Join(item.Who)}. Wanneer: {item.Horizon}.");
                if (item.Instrument is not null) md.AppendLine($"Instrument: {item.Instrument}.");
                md.AppendLine().AppendLine("Waarom:");
                foreach (var reason in item.Trace.Select(t => t.Text).Distinct(StringComparer.Ordinal)) md.AppendLine($"- {reason}");
                md.AppendLine().AppendLine($"Regels: {string.Join(", ", item.RuleIds)}.");
            }
        }

        if (result.Later.Count > 0) md.AppendLine().AppendLine($"Daarna: {DutchList.Join(result.Later.Select(l => l.Title))}.");
        return md.AppendLine().AppendLine($"Regelversie: {result.RulesVersion}").ToString();
    }
}
