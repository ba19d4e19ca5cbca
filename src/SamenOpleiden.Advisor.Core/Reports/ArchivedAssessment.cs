using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Core.Reports;

/// <summary>A finished assessment as the archive holds it; the link token itself is never stored, only its hash.</summary>
public sealed record ArchivedAssessment
{
    /// <summary>Random id for the coordinator's view of this report; not the link token.</summary>
    public required string ReportId { get; init; }

    public required string UserKey { get; init; }

    public string? RegionId { get; init; }

    /// <summary>The region's round that was open when the assessment was finished.</summary>
    public int? Round { get; init; }

    /// <summary>Set only when the respondent agreed to be named.</summary>
    public string? ConsentedName { get; init; }

    public required DateTimeOffset CompletedAt { get; init; }

    public required AssessmentResult Result { get; init; }

    public IReadOnlyDictionary<string, string> Remarks { get; init; } = new Dictionary<string, string>();
}
