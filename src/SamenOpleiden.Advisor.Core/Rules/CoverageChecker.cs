using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Core.Rules;

/// <summary>What every result must satisfy, whatever the answers; a fault is described in Dutch with the answers.</summary>
internal static class CoverageChecker
{
    public static string? Check(AssessmentResult result, AssessmentInput input)
    {
        foreach (var (id, answer) in input.Answers)
        {
            if (answer is not null && result.Phases[id] is null) return Fault(input, $"focuspunt '{id}' is beantwoord maar kreeg geen fase");
            if (answer is null && result.Phases[id] is not null) return Fault(input, $"focuspunt '{id}' is 'weet ik niet' maar kreeg toch een fase");
        }

        if (string.IsNullOrWhiteSpace(result.Typering.Name) || string.IsNullOrWhiteSpace(result.Typering.Summary))
            return Fault(input, "er is geen typering");
        var items = result.Steps.SelectMany(s => s.Items).ToList();
        if (items.Count == 0) return Fault(input, "de routekaart heeft geen enkel advies");
        if (result.Steps.Count > 0 && result.Steps[0].Items.Count > 3) return Fault(input, "stap 1 heeft meer dan drie adviezen");
        if (result.Steps.FirstOrDefault(s => s.Items.Count > 4) is { } full) return Fault(input, $"stap {full.Step} heeft meer dan vier adviezen");
        var wrong = items.FirstOrDefault(i => i.FocusPoint is not null && result.Phases[i.FocusPoint] == 3 && i.Kind == AdviceKinds.Transition);
        if (wrong is not null) return Fault(input, $"focuspunt '{wrong.FocusPoint}' staat op fase 3 maar krijgt advies '{wrong.Id}' van een lagere fase");
        if (items.FirstOrDefault(i => i.Actions.Count is < 2 or > 4) is { } vague) return Fault(input, $"advies '{vague.Id}' heeft {vague.Actions.Count} acties, niet 2 tot 4");
        if (items.FirstOrDefault(i => i.Trace.Count == 0 || i.Trace.Any(t => string.IsNullOrWhiteSpace(t.Text))) is { } unexplained)
            return Fault(input, $"advies '{unexplained.Id}' heeft geen uitleg voor 'waarom'");
        var twice = items.GroupBy(i => i.Id).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) return Fault(input, $"advies '{twice.Key}' staat twee keer in de routekaart");
        var overlap = items.Where(i => i.Kind is AdviceKinds.Transition or AdviceKinds.Deepen).GroupBy(i => i.FocusPoint).FirstOrDefault(g => g.Count() > 1);
        return overlap is null ? null : Fault(input, $"focuspunt '{overlap.Key}' krijgt meer dan één faseadvies");
    }

    public static string Fault(AssessmentInput input, string message) =>
        $"{message}; antwoorden: {string.Join(", ", input.Answers.Select(a => $"{a.Key}={a.Value?.ToString() ?? "?"}"))}";
}
