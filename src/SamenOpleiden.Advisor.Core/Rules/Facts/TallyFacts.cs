namespace SamenOpleiden.Advisor.Core.Rules.Facts;

/// <summary>Counts over all focus points (<c>t</c>), for the typering and situation rules.</summary>
public sealed class TallyFacts
{
    public int Known { get; init; }
    public int Unknown { get; init; }
    public int Count1 { get; init; }
    public int Count2 { get; init; }
    public int Count3 { get; init; }

    /// <summary>The region's phase once decided, 0 before or when undecidable.</summary>
    public int RegionPhase { get; init; }
    public int LaggardCount { get; init; }
    public int FrontrunnerCount { get; init; }
}
