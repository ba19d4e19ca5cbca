using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Core.Advice;

/// <summary>The roadmap the rules drew up: the items per step, and what did not fit in any step.</summary>
public sealed record PlannedRoadmap(IReadOnlyList<PlannedStep> Steps, IReadOnlyList<PlannedItem> Later);

/// <summary>One step and its items, highest priority first.</summary>
public sealed record PlannedStep(StepSetting Setting, IReadOnlyList<PlannedItem> Items);

/// <summary>A candidate that reached the roadmap: its score, the candidates for its focus point it took the place of, and what it waited for.</summary>
public sealed class PlannedItem(AdviceCandidate candidate, int score, IReadOnlyList<AdviceCandidate> replaced)
{
    public AdviceCandidate Candidate { get; } = candidate;

    /// <summary>The candidate's score when it was planned: its own weight plus every priority rule's.</summary>
    public int Score { get; } = score;

    /// <summary>Other candidates for the same focus point; one item per focus point goes into the roadmap.</summary>
    public IReadOnlyList<AdviceCandidate> Replaced { get; } = replaced;

    /// <summary>Dependencies that moved this item to a later step.</summary>
    public List<DependencyWait> Waits { get; } = [];
}

/// <summary><paramref name="Dependency"/> held an item back until after <paramref name="Prerequisite"/>'s advice in <paramref name="PrerequisiteStep"/>.</summary>
public sealed record DependencyWait(Dependency Dependency, string Prerequisite, int? PrerequisitePhase, int PrerequisiteStep);
