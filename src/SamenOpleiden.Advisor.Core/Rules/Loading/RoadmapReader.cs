using SamenOpleiden.Advisor.Core.Advice;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Rules.Loading;

/// <summary>
/// Reads and checks <c>rules/roadmap.json</c>: consecutive steps, step 1 with at most three items and the others at
/// most four, horizons in order, dependencies between known focus points.
/// </summary>
internal static class RoadmapReader
{
    public static readonly IReadOnlyList<string> Horizons = ["dit schooljaar", "1-2 jaar", "2-3 jaar"];

    public static RoadmapSettings? Read(RuleFileReader files, TypologyModel typology)
    {
        var path = Path.Combine(files.Directory, "roadmap.json");
        var file = files.Read<RoadmapFile>(path);
        if (file is null) return null;
        var before = files.Problems.Count;

        var steps = file.Steps ?? [];
        if (steps.Count == 0 || !steps.Select(s => s.Step).SequenceEqual(Enumerable.Range(1, steps.Count)))
            files.Add(path, null, "de stappen moeten oplopend genummerd zijn vanaf 1");
        foreach (var step in steps)
        {
            var most = step.Step == 1 ? 3 : 4;
            if (string.IsNullOrWhiteSpace(step.Title)) files.Add(path, null, $"stap {step.Step} heeft geen titel");
            if (step.Max is not { } max || max < 1 || max > most)
                files.Add(path, null, $"stap {step.Step}: 'max' moet tussen 1 en {most} liggen: meer adviezen in één stap is een lijst, geen plan");
            if (!Horizons.Contains(step.Horizon ?? ""))
                files.Add(path, null, $"stap {step.Step}: 'horizon' moet een van {string.Join(", ", Horizons.Select(h => $"'{h}'"))} zijn, niet '{step.Horizon}'");
        }

        var order = steps.Select(s => Horizons.ToList().IndexOf(s.Horizon ?? "")).ToList();
        if (order.Zip(order.Skip(1)).Any(pair => pair.First > pair.Second))
            files.Add(path, null, "de termijnen ('horizon') moeten met de stappen oplopen");

        var checks = new RowChecks(files, path, typology);
        var dependencies = file.Dependencies ?? [];
        checks.UniqueIds(dependencies.Select(d => d.Id));
        foreach (var dependency in dependencies)
        {
            checks.FocusPoint(dependency.Id, dependency.FocusPoint);
            if (dependency.After is not { Count: > 0 }) files.Add(path, dependency.Id, "'after' noemt geen focuspunten");
            foreach (var focusPoint in dependency.After ?? []) checks.FocusPoint(dependency.Id, focusPoint, "after");
            checks.Text(dependency.Id, dependency.Reason, "reason");
        }

        if (files.Problems.Count > before) return null;
        return new RoadmapSettings(
            steps.Select(s => new StepSetting(s.Step, s.Title!, s.Max!.Value, s.MinScore, s.Horizon!)).ToList(),
            dependencies.Select(d => new Dependency(d.Id!, d.FocusPoint!, d.After!, d.Reason!)).ToList());
    }
}
