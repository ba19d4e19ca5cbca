namespace SamenOpleiden.Advisor.Core.Rules.Facts;

/// <summary>Weight a priority rule adds to one candidate; the candidate's score is its own weight plus all of these.</summary>
public sealed class PriorityWeight(AdviceCandidate candidate, int weight)
{
    public AdviceCandidate Candidate { get; } = candidate;
    public int Weight { get; } = weight;
}
