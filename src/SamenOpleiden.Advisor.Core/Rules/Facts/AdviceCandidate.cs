using NRules.RuleModel;
using SamenOpleiden.Advisor.Core.Advice;

namespace SamenOpleiden.Advisor.Core.Rules.Facts;

/// <summary>
/// An advice item the advice rules propose, before priority and steps decide whether and where it goes. Priority rules
/// add their weight to it, each under the match that made it fire; no rule matches on weights, and the roadmap rule
/// fires after every priority rule of its firing cycle, so the weights need no facts of their own.
/// </summary>
public sealed class AdviceCandidate(AdviceDefinition advice, string kind, int? phase, int weight)
{
    private readonly Dictionary<IMatch, int> _weights = new(ReferenceEqualityComparer.Instance);

    public AdviceDefinition Advice { get; } = advice;

    /// <summary>The focus point the item serves, or null for general advice.</summary>
    public string? FocusPoint => Advice.FocusPoint;

    /// <summary>One of <see cref="AdviceKinds"/>.</summary>
    public string Kind { get; } = kind;

    /// <summary>The focus point's phase, null when unknown or for general advice.</summary>
    public int? Phase { get; } = phase;

    /// <summary>The priority the proposing rule gave it (a profile row's weight; 0 for the transition advice).</summary>
    public int Weight { get; } = weight;

    /// <summary>Every priority rule's match on this candidate and the weight it added.</summary>
    public IReadOnlyDictionary<IMatch, int> Weights => _weights;

    /// <summary>Its own weight plus every priority rule's.</summary>
    public int Score
    {
        get
        {
            var score = Weight;
            foreach (var weight in _weights.Values) score += weight;
            return score;
        }
    }

    /// <summary>A priority rule fired on this candidate (again: the same match counts once).</summary>
    public void Weigh(IMatch match, int weight) => _weights[match] = weight;

    /// <summary>That priority rule's match no longer holds.</summary>
    public void Unweigh(IMatch match) => _weights.Remove(match);
}
