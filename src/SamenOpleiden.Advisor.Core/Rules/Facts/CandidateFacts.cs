namespace SamenOpleiden.Advisor.Core.Rules.Facts;

/// <summary>An advice item waiting for its place in the roadmap (<c>c</c>), as the Priority workflow sees it.</summary>
public sealed class CandidateFacts
{
    /// <summary>The focus point, or empty for general advice.</summary>
    public string FocusPoint { get; init; } = "";

    /// <summary><c>transition</c>, <c>deepen</c>, <c>profile</c> or <c>general</c>.</summary>
    public string Kind { get; init; } = "";

    /// <summary>The focus point's phase, 0 when unknown or not tied to a focus point.</summary>
    public int Phase { get; init; }
    public int RegionPhase { get; init; }
    public bool IsAmbition { get; init; }

    /// <summary>1 for the first ambition, 2 for the second, 0 when not an ambition.</summary>
    public int AmbitionRank { get; init; }
}
