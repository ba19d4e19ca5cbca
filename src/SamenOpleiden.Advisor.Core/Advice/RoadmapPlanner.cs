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
    // The dependencies by the focus point whose transition advice waits.
    private readonly Dictionary<string, Dependency[]> _dependencies = settings.Dependencies
        .GroupBy(d => d.FocusPoint, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

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
        var steps = settings.Steps.Select(s => new List<PlannedItem>(s.Max)).ToArray();
        var later = new List<PlannedItem>();
        var placed = new List<(PlannedItem Item, int? Step)>(ordered.Count);

        // Which items each item waits for, once: pending[i] counts the unplaced ones, waitedOn[j] lists who waits for j.
        var pending = new int[ordered.Count];
        var waitedOn = new List<int>?[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
            for (var j = 0; j < ordered.Count; j++)
                if (i != j && WaitsFor(ordered[i], ordered[j]))
                {
                    pending[i]++;
                    (waitedOn[j] ??= []).Add(i);
                }

        var done = new bool[ordered.Count];
        for (var n = 0; n < ordered.Count; n++)
        {
            // Highest score first, but an item waits until its prerequisites are placed; a cycle in the data must not
            // hang the service, so the first remaining one goes when none is ready.
            int next = -1, first = -1;
            for (var i = 0; i < ordered.Count && next < 0; i++)
            {
                if (done[i]) continue;
                if (first < 0) first = i;
                if (pending[i] == 0) next = i;
            }

            if (next < 0) next = first;
            done[next] = true;
            if (waitedOn[next] is { } waiting)
                foreach (var i in waiting) pending[i]--;

            var item = ordered[next];
            var step = StepFor(item, placed, steps);
            placed.Add((item, step));
            (step is { } s ? steps[s - 1] : later).Add(item);
        }

        var planned = new List<PlannedStep>(steps.Length);
        for (var i = 0; i < steps.Length; i++) planned.Add(new PlannedStep(settings.Steps[i], steps[i]));
        return new PlannedRoadmap(planned, later);
    }

    private int? StepFor(PlannedItem item, List<(PlannedItem Item, int? Step)> placed, List<PlannedItem>[] steps)
    {
        var earliest = 1;
        foreach (var dependency in DependenciesOf(item))
        {
            for (var p = 0; p < dependency.After.Count; p++)
            {
                var prerequisite = dependency.After[p];
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

        for (var i = 0; i < settings.Steps.Count; i++)
        {
            var setting = settings.Steps[i];
            if (setting.Step >= earliest && steps[setting.Step - 1].Count < setting.Max && (setting.MinScore is null || item.Score >= setting.MinScore))
                return setting.Step;
        }

        return null;
    }

    // Whether item waits for other: a dependency of item's focus point names other's.
    private bool WaitsFor(PlannedItem item, PlannedItem other)
    {
        foreach (var dependency in DependenciesOf(item))
            for (var p = 0; p < dependency.After.Count; p++)
                if (Holds(other, dependency.After[p], item)) return true;
        return false;
    }

    // Only transition advice waits; advice that fits the region's profile is placed on its own merits.
    private Dependency[] DependenciesOf(PlannedItem item) =>
        item.Candidate.Kind == AdviceKinds.Transition && item.Candidate.FocusPoint is { } focusPoint && _dependencies.TryGetValue(focusPoint, out var dependencies)
            ? dependencies
            : [];

    // Only the prerequisite's own development step holds an item back, and only while that focus point is not
    // further along than the item's.
    private static bool Holds(PlannedItem other, string prerequisite, PlannedItem item) =>
        other != item && other.Candidate.FocusPoint == prerequisite
        && other.Candidate.Kind is AdviceKinds.Transition or AdviceKinds.Profile
        && other.Candidate.Phase <= item.Candidate.Phase;

    private int Order(AdviceCandidate candidate) => candidate.FocusPoint is { } id ? typology.IndexOf(id) : -1;
}
