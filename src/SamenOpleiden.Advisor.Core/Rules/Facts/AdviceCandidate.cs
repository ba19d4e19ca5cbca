using SamenOpleiden.Advisor.Core.Advice;

namespace SamenOpleiden.Advisor.Core.Rules.Facts;

/// <summary>An advice item the advice rules propose, before priority and steps decide whether and where it goes.</summary>
public sealed class AdviceCandidate(AdviceDefinition advice, string kind, int? phase, int weight)
{
    public AdviceDefinition Advice { get; } = advice;

    /// <summary>The focus point the item serves, or null for general advice; one item per focus point reaches the roadmap.</summary>
    public string? FocusPoint => Advice.FocusPoint;

    /// <summary>One of <see cref="AdviceKinds"/>.</summary>
    public string Kind { get; } = kind;

    /// <summary>The focus point's phase, null when unknown or for general advice.</summary>
    public int? Phase { get; } = phase;

    /// <summary>The priority the proposing rule gave it (a profile row's weight; 0 for the transition advice).</summary>
    public int Weight { get; } = weight;
}
