using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Tests.Reports.Fixtures;

/// <summary>
/// Stands in for the rules until the real evaluator is on main: echoes the answers as phases and
/// gives one transition item per prioritised focus point, each with a trace, so reports have every part to show.
/// </summary>
internal sealed class FixtureEvaluator(TypologyModel typology) : IAssessmentEvaluator
{
    public string RulesVersion => "fixture-0000";

    public TypologyModel Typology => typology;

    public AssessmentResult Evaluate(AssessmentInput input)
    {
        var phases = typology.FocusPoints.ToDictionary(f => f.Id, f => input.Answers.GetValueOrDefault(f.Id));
        var known = phases.Values.Where(p => p is not null).Select(p => p!.Value).Order().ToList();
        int? overall = known.Count == 0 ? null : known[(known.Count - 1) / 2];
        var name = overall is { } o ? typology.Phase(o).Name : "Onbekend";
        var items = input.Ambition.Select(id => Item(id, phases[id])).ToList();
        return new AssessmentResult
        {
            RulesVersion = RulesVersion,
            Profile = input.Profile,
            Phases = phases,
            Typering = new Typering(overall, name, $"{name}, volgens de testregels", [], [], [Trace("typering.mediaan", "fase", overall)]),
            Steps = [new RoadmapStep(1, "Nu", items), new RoadmapStep(2, "Daarna", []), new RoadmapStep(3, "Later", [])],
            FollowUps = [],
            Ambition = input.Ambition,
            PhaseTrace = phases.ToDictionary(
                p => p.Key,
                p => (IReadOnlyList<RuleTrace>)[Trace($"fase.{p.Key}", $"phase[{p.Key}]", p.Value)]),
        };
    }

    private static AdviceResultItem Item(string focusPoint, int? phase) => new(
        $"advies.{focusPoint}",
        focusPoint,
        "transition",
        phase,
        Math.Min((phase ?? 0) + 1, 3),
        $"Zet een stap op {focusPoint}",
        ["Plan een gesprek met de partners", "Leg afspraken vast"],
        ["bestuurder", "HR"],
        "dit schooljaar",
        "Kwaliteitskader",
        [$"prioriteit.{focusPoint}"],
        [Trace($"prioriteit.{focusPoint}", $"phase[{focusPoint}]", phase)]);

    private static RuleTrace Trace(string ruleId, string key, int? value) =>
        new(ruleId, $"Regel {ruleId}", new Dictionary<string, string> { [key] = value?.ToString() ?? "onbekend" });
}
