using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Core.Rules.Data;

/// <summary>A focus point on one of <paramref name="Phases"/>; no phases means any phase, unknown included.</summary>
public sealed record PhaseFilter(string FocusPoint, IReadOnlyList<int>? Phases)
{
    public bool Matches(FocusPhase phase) => Matches(phase.FocusPoint, phase.Phase);

    public bool Matches(string? focusPoint, int? phase) =>
        focusPoint == FocusPoint && (Phases is null || (phase is { } p && Phases.Contains(p)));
}
