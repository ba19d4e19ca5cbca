using SamenOpleiden.Advisor.Core.Rules.Facts;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Advice;

/// <summary>
/// Lays the scored candidates out over the steps of <c>rules/roadmap.json</c>: one item per slot (per focus point for
/// its transition advice and variants; the best scoring candidate takes the place of the others), highest score first
/// into the first step with room and a high enough score, transition advice never before the advice it depends on;
/// what fits in no step comes "later". Runs inside the last rule of every evaluation, so it keeps to plain loops.
/// </summary>
public sealed class RoadmapPlanner(RoadmapSettings settings, TypologyModel typology)
{
    public PlannedRoadmap Plan(IEnumerable<AdviceCandidate> candidates)
    {
        var items = OnePerSlot(candidates);
        items.Sort(ByPriority);
        return Assign(items);
    }

    private static List<PlannedItem> OnePerSlot(IEnumerable<AdviceCandidate> candidates)
    {
        var slots = new Dictionary<string, List<(AdviceCandidate Candidate, int Score)>>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (!slots.TryGetValue(candidate.Advice.Slot, out var slot)) slots[candidate.Advice.Slot] = slot = [];
            slot.Add((candidate, candidate.Score));
        }

        var items = new List<PlannedItem>(slots.Count);
        foreach (var slot in slots.Values)
        {
            slot.Sort(BestFirst);
            var replaced = new List<AdviceCandidate>(slot.Count - 1);
            for (var i = 1; i < slot.Count; i++) replaced.Add(slot[i].Candidate);
            items.Add(new PlannedItem(slot[0].Candidate, slot[0].Score, replaced));
        }

        return items;
    }

    // Higher score first; at an equal score advice that fits the region before the general transition advice.
    private static int BestFirst((AdviceCandidate Candidate, int Score) a, (AdviceCandidate Candidate, int Score) b)
    {
        var byScore = b.Score.CompareTo(a.Score);
        if (byScore != 0) return byScore;
        var byKind = IsGeneral(a.Candidate).CompareTo(IsGeneral(b.Candidate));
        return byKind != 0 ? byKind : string.CompareOrdinal(a.Candidate.Advice.Id, b.Candidate.Advice.Id);
    }

    private static bool IsGeneral(AdviceCandidate candidate) => candidate.Kind is AdviceKinds.Transition or AdviceKinds.Deepen;

    private int ByPriority(PlannedItem a, PlannedItem b)
    {
        var byScore = b.Score.CompareTo(a.Score);
        if (byScore != 0) return byScore;
        var byOrder = Order(a.Candidate).CompareTo(Order(b.Candidate));
        return byOrder != 0 ? byOrder : string.CompareOrdinal(a.Candidate.Advice.Id, b.Candidate.Advice.Id);
    }

    private PlannedRoadmap Assign(List<PlannedItem> ordered)
    {
        var steps = settings.Steps.Select(_ => new List<PlannedItem>()).ToArray();
        var later = new List<PlannedItem>();
        var placed = new Dictionary<PlannedItem, int?>();
        var remaining = new List<PlannedItem>(ordered);
        while (remaining.Count > 0)
        {
            // Highest score first, but an item waits until its prerequisites are placed; a cycle in the data must not
            // hang the service, so the first remaining one goes when none is ready.
            var next = remaining.Find(item => !WaitsFor(item, remaining)) ?? remaining[0];
            remaining.Remove(next);
            var step = StepFor(next, placed, steps);
            placed[next] = step;
            (step is { } s ? steps[s - 1] : later).Add(next);
        }

        var planned = new List<PlannedStep>(steps.Length);
        for (var i = 0; i < steps.Length; i++) planned.Add(new PlannedStep(settings.Steps[i], steps[i]));
        return new PlannedRoadmap(planned, later);
    }

    private int? StepFor(PlannedItem item, Dictionary<PlannedItem, int?> placed, List<PlannedItem>[] steps)
    {
        var earliest = 1;
        foreach (var dependency in settings.Dependencies)
        {
            if (!Waits(item, dependency)) continue;
            foreach (var prerequisite in dependency.After)
            {
                PlannedItem? before = null;
                var step = 0;
                foreach (var (other, otherStep) in placed)
                {
                    if (!Holds(other, prerequisite, item)) continue;
                    if (otherStep is null) return null;
                    before = other;
                    step = Math.Max(step, otherStep.Value);
                }

                if (before is null) continue;
                earliest = Math.Max(earliest, step + 1);
                item.Waits.Add(new DependencyWait(dependency, prerequisite, before.Candidate.Phase, step));
            }
        }

        foreach (var setting in settings.Steps)
            if (setting.Step >= earliest && steps[setting.Step - 1].Count < setting.Max && (setting.MinScore is null || item.Score >= setting.MinScore))
                return setting.Step;
        return null;
    }

    private bool WaitsFor(PlannedItem item, List<PlannedItem> remaining)
    {
        foreach (var dependency in settings.Dependencies)
        {
            if (!Waits(item, dependency)) continue;
            foreach (var prerequisite in dependency.After)
                foreach (var other in remaining)
                    if (Holds(other, prerequisite, item)) return true;
        }

        return false;
    }

    // Only transition advice waits; advice that fits the region's profile is placed on its own merits.
    private static bool Waits(PlannedItem item, Dependency dependency) =>
        item.Candidate.Kind == AdviceKinds.Transition && dependency.FocusPoint == item.Candidate.FocusPoint;

    // Only the prerequisite's own development step holds an item back, and only while that focus point is not
    // further along than the item's.
    private static bool Holds(PlannedItem other, string prerequisite, PlannedItem item) =>
        other != item && other.Candidate.FocusPoint == prerequisite
        && other.Candidate.Kind is AdviceKinds.Transition or AdviceKinds.Profile
        && other.Candidate.Phase <= item.Candidate.Phase;

    private int Order(AdviceCandidate candidate) => candidate.FocusPoint is { } id ? typology.IndexOf(id) : -1;
}
