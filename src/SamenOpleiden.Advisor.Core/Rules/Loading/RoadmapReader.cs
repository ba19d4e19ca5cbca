using SamenOpleiden.Advisor.Core.Advice;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Rules.Loading;

/// <summary>Reads and checks <c>rules/roadmap.json</c>: consecutive steps, the last without limits, known focus points.</summary>
internal static class RoadmapReader
{
    public static RoadmapSettings? Read(RuleFileReader files, TypologyModel typology)
    {
        var path = Path.Combine(files.Directory, "roadmap.json");
        var file = files.Read<RoadmapFile>(path);
        if (file is null) return null;
        var before = files.Problems.Count;

        var steps = file.Steps ?? [];
        if (steps.Count == 0 || !steps.Select(s => s.Step).SequenceEqual(Enumerable.Range(1, steps.Count)))
            files.Add(path, null, "de stappen moeten oplopend genummerd zijn vanaf 1");
        else if (steps[^1].Max is not null || steps[^1].MinScore is not null)
            files.Add(path, null, "de laatste stap mag geen 'max' of 'minScore' hebben, anders kan er advies verloren gaan");
        foreach (var step in steps.Where(s => string.IsNullOrWhiteSpace(s.Title)))
            files.Add(path, null, $"stap {step.Step} heeft geen titel");
        foreach (var step in steps.Where(s => s.Max is < 1))
            files.Add(path, null, $"stap {step.Step}: 'max' moet minstens 1 zijn");

        var dependencies = file.Dependencies ?? [];
        foreach (var dependency in dependencies)
        {
            var id = dependency.Id ?? "(zonder id)";
            foreach (var focusPoint in (dependency.After ?? []).Append(dependency.FocusPoint ?? ""))
                if (typology.Find(focusPoint) is null)
                    files.Add(path, id, $"onbekend focuspunt '{focusPoint}'");
            if (string.IsNullOrWhiteSpace(dependency.Reason)) files.Add(path, id, "geef een reden ('reason')");
        }

        if (files.Problems.Count > before) return null;
        return new RoadmapSettings(
            steps.Select(s => new StepSetting(s.Step, s.Title!, s.Max, s.MinScore)).ToList(),
            dependencies.Select(d => new Dependency(d.Id!, d.FocusPoint!, d.After!, d.Reason!)).ToList());
    }
}
