using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Core.Reports;

/// <summary>The coordinator's view of one round: the spread per focus point, the regional result and the change since the previous round.</summary>
public sealed record RegionReport
{
    public required string RegionId { get; init; }

    public required string RegionName { get; init; }

    public required int Round { get; init; }

    /// <summary>The round compared with, or null in the first round.</summary>
    public int? PreviousRound { get; init; }

    /// <summary>The respondents as shown: role (numbered when it repeats), or the name of those who agreed.</summary>
    public required IReadOnlyList<RespondentColumn> Respondents { get; init; }

    /// <summary>All eleven focus points in typology order.</summary>
    public required IReadOnlyList<FocusPointSpread> FocusPoints { get; init; }

    /// <summary>The rules' result for the regional phases, or null while the round has no assessments.</summary>
    public AssessmentResult? Regional { get; init; }
}
