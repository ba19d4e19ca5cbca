namespace SamenOpleiden.Advisor.Core.Reports;

/// <summary>A region as coordinators know it: its rounds, the last one open.</summary>
/// <param name="Id">The id in the region view's address, e.g. <c>vallei-en-velden</c>.</param>
/// <param name="Name">The region's name.</param>
/// <param name="Rounds">Its rounds, oldest first; there is always at least round 1.</param>
public sealed record RegionDetails(string Id, string Name, IReadOnlyList<RegionRound> Rounds)
{
    /// <summary>The round new assessments count for.</summary>
    public int CurrentRound => Rounds[^1].Number;
}
