using System.Globalization;
using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Core.Advice;

/// <summary>
/// Places scored candidates in steps: each goes to the first step with room and a high enough
/// score, but never before the step after its prerequisites (roadmap.json dependencies).
/// </summary>
internal sealed class StepAssigner(RoadmapSettings settings, IReadOnlyDictionary<string, int> phases)
{
    public List<(RoadmapCandidate Candidate, int Step)> Assign(IReadOnlyList<RoadmapCandidate> ordered)
    {
        var placed = new List<(RoadmapCandidate Candidate, int Step)>();
        var remaining = ordered.ToList();
        while (remaining.Count > 0)
        {
            // Highest score first, but a candidate waits until its prerequisites are placed; a cycle in
            // the data must not hang the service, so the first remaining one goes when none is ready.
            var next = remaining.FirstOrDefault(c => Prerequisites(c, remaining).Count == 0) ?? remaining[0];
            remaining.Remove(next);
            placed.Add((next, StepFor(next, placed)));
        }

        return placed;
    }

    private int StepFor(RoadmapCandidate candidate, List<(RoadmapCandidate Candidate, int Step)> placed)
    {
        var earliest = 1;
        foreach (var (dependency, prerequisite) in Dependencies(candidate))
        {
            var before = placed.Where(p => p.Candidate != candidate && Relevant(p.Candidate, prerequisite, candidate)).ToList();
            if (before.Count == 0) continue;
            var after = before.Max(p => p.Step) + 1;
            earliest = Math.Max(earliest, after);
            candidate.Trace.Add(new RuleTrace($"Roadmap.{dependency.Id}", dependency.Reason, new Dictionary<string, string>
            {
                [$"phase[{prerequisite}]"] = phases[prerequisite].ToString(CultureInfo.InvariantCulture),
                [$"stap van {prerequisite}"] = before.Max(p => p.Step).ToString(CultureInfo.InvariantCulture),
            }));
        }

        var steps = settings.Steps;
        foreach (var step in steps.Where(s => s.Step >= earliest))
        {
            var count = placed.Count(p => p.Step == step.Step);
            if ((step.Max is null || count < step.Max) && (step.MinScore is null || candidate.Score >= step.MinScore)) return step.Step;
        }

        return steps[^1].Step;
    }

    private List<RoadmapCandidate> Prerequisites(RoadmapCandidate candidate, List<RoadmapCandidate> remaining) =>
        Dependencies(candidate)
            .SelectMany(d => remaining.Where(r => r != candidate && Relevant(r, d.Prerequisite, candidate)))
            .ToList();

    private IEnumerable<(Dependency Dependency, string Prerequisite)> Dependencies(RoadmapCandidate candidate) =>
        candidate.Kind is "deepen" or "general"
            ? []
            : settings.Dependencies.Where(d => d.FocusPoint == candidate.Advice.FocusPoint).SelectMany(d => d.After.Select(a => (d, a)));

    // Only the prerequisite's own development step holds a candidate back, and only while that focus
    // point is not further along than the candidate's.
    private static bool Relevant(RoadmapCandidate other, string prerequisite, RoadmapCandidate candidate) =>
        other.Advice.FocusPoint == prerequisite && other.Kind == "transition" && other.Phase <= candidate.Phase;
}
