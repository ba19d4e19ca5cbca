using SamenOpleiden.Advisor.Core.Rules.Facts;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Advice;

/// <summary>
/// Lays the scored candidates out over the steps of <c>rules/roadmap.json</c>: one item per slot (per focus point for
/// its transition advice and variants; the best scoring candidate takes the place of the others), highest score first into the first step with room and a high
/// enough score, transition advice never before the advice it depends on; what fits in no step comes "later".
/// </summary>
public sealed class RoadmapPlanner(RoadmapSettings settings, TypologyModel typology)
{
    public PlannedRoadmap Plan(IEnumerable<AdviceCandidate> candidates, IEnumerable<PriorityWeight> weights)
    {
        var scores = new Dictionary<AdviceCandidate, int>(ReferenceEqualityComparer.Instance);
        foreach (var candidate in candidates) scores[candidate] = candidate.Weight;
        foreach (var weight in weights)
            if (scores.TryGetValue(weight.Candidate, out var score)) scores[weight.Candidate] = score + weight.Weight;

        var items = scores.Keys
            .GroupBy(c => c.Advice.Slot, StringComparer.Ordinal)
            .Select(slot => OnePerSlot(slot, scores))
            .OrderByDescending(i => i.Score).ThenBy(i => Order(i.Candidate)).ThenBy(i => i.Candidate.Advice.Id, StringComparer.Ordinal)
            .ToList();
        return Assign(items);
    }

    private static PlannedItem OnePerSlot(IEnumerable<AdviceCandidate> slot, Dictionary<AdviceCandidate, int> scores)
    {
        // Advice that fits the region goes before the general transition advice at an equal score.
        var ranked = slot
            .OrderByDescending(c => scores[c])
            .ThenBy(c => c.Kind is AdviceKinds.Transition or AdviceKinds.Deepen)
            .ThenBy(c => c.Advice.Id, StringComparer.Ordinal)
            .ToList();
        return new PlannedItem(ranked[0], scores[ranked[0]], ranked.Skip(1).ToList());
    }

    private PlannedRoadmap Assign(List<PlannedItem> ordered)
    {
        var steps = settings.Steps.ToDictionary(s => s.Step, _ => new List<PlannedItem>());
        var later = new List<PlannedItem>();
        var placedStep = new Dictionary<PlannedItem, int?>();
        var remaining = ordered.ToList();
        while (remaining.Count > 0)
        {
            // Highest score first, but an item waits until its prerequisites are placed; a cycle in the data must not
            // hang the service, so the first remaining one goes when none is ready.
            var next = remaining.FirstOrDefault(i => !Prerequisites(i, remaining).Any()) ?? remaining[0];
            remaining.Remove(next);
            var step = StepFor(next, placedStep, steps);
            placedStep[next] = step;
            (step is { } s ? steps[s] : later).Add(next);
        }

        return new PlannedRoadmap(settings.Steps.Select(s => new PlannedStep(s, steps[s.Step])).ToList(), later);
    }

    private int? StepFor(PlannedItem item, Dictionary<PlannedItem, int?> placed, Dictionary<int, List<PlannedItem>> steps)
    {
        var earliest = 1;
        foreach (var (dependency, prerequisite) in Dependencies(item))
        {
            var before = placed.Where(p => Holds(p.Key, prerequisite, item)).ToList();
            if (before.Count == 0) continue;
            if (before.Any(p => p.Value is null)) return null;
            var step = before.Max(p => p.Value!.Value);
            earliest = Math.Max(earliest, step + 1);
            item.Waits.Add(new DependencyWait(dependency, prerequisite, before[0].Key.Candidate.Phase, step));
        }

        foreach (var step in settings.Steps.Where(s => s.Step >= earliest))
            if (steps[step.Step].Count < step.Max && (step.MinScore is null || item.Score >= step.MinScore)) return step.Step;
        return null;
    }

    private IEnumerable<PlannedItem> Prerequisites(PlannedItem item, List<PlannedItem> remaining) =>
        Dependencies(item).SelectMany(d => remaining.Where(r => Holds(r, d.Prerequisite, item)));

    // Only transition advice waits; advice that fits the region's profile is placed on its own merits.
    private IEnumerable<(Dependency Dependency, string Prerequisite)> Dependencies(PlannedItem item) =>
        item.Candidate.Kind != AdviceKinds.Transition
            ? []
            : settings.Dependencies.Where(d => d.FocusPoint == item.Candidate.FocusPoint).SelectMany(d => d.After.Select(a => (d, a)));

    // Only the prerequisite's own development step holds an item back, and only while that focus point is not
    // further along than the item's.
    private static bool Holds(PlannedItem other, string prerequisite, PlannedItem item) =>
        other != item && other.Candidate.FocusPoint == prerequisite
        && other.Candidate.Kind is AdviceKinds.Transition or AdviceKinds.Profile
        && other.Candidate.Phase <= item.Candidate.Phase;

    private int Order(AdviceCandidate candidate) => candidate.FocusPoint is { } id ? typology.IndexOf(id) : -1;
}
