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
        md.AppendLine($"**{result.Typering.Summary}**").AppendLine();
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

        foreach (var step in result.Steps)
        {
            md.AppendLine().AppendLine($"## {step.Title}");
            foreach (var item in step.Items)
            {
                md.AppendLine().AppendLine($"### {item.Title}");
                foreach (var action in item.Actions) md.AppendLine($"- {action}");
                md.AppendLine().AppendLine($"Wie: {string.Join(", ", item.Who)}. Wanneer: {item.Horizon}.");
                if (item.Instrument is not null) md.AppendLine($"Instrument: {item.Instrument}.");
                md.AppendLine($"Regels: {string.Join(", ", item.RuleIds)}.");
            }
        }

        return md.AppendLine().AppendLine($"Regelversie: {result.RulesVersion}").ToString();
    }
}
