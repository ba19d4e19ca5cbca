using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Core.Rules.Data;

/// <summary>A focus point on one of <paramref name="Phases"/>; no phases means any phase, unknown included.</summary>
public sealed record PhaseFilter(string FocusPoint, IReadOnlyList<int>? Phases)
{
    public bool Matches(FocusPhase phase) => Matches(phase.FocusPoint, phase.Phase);

    public bool Matches(string? focusPoint, int? phase) =>
        focusPoint == FocusPoint && (Phases is null || (phase is { } p && Phases.Contains(p)));

    // Equal by content, not by the list's reference: NRules builds equal conditions into one node of its network, and a
    // condition that reads a filter is equal to another when the filters are (the rows of a family that test the same
    // focus point on the same phases then share that test; every node costs each session its own work and memory).
    public bool Equals(PhaseFilter? other) =>
        other is not null && FocusPoint == other.FocusPoint
        && (Phases is null ? other.Phases is null : other.Phases is not null && Phases.SequenceEqual(other.Phases));

    public override int GetHashCode() => HashCode.Combine(FocusPoint, Phases?.Count ?? -1);
}
