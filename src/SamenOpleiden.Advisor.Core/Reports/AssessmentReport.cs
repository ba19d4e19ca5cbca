using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Core.Reports;

/// <summary>
/// Everything one respondent's report shows: the rules' result as it is (typering, roadmap,
/// follow-ups, rules version) plus one row per focus point in typology order.
/// </summary>
public sealed record AssessmentReport
{
    public required AssessmentResult Result { get; init; }

    public required ReportMetadata Metadata { get; init; }

    /// <summary>All eleven focus points, in typology order.</summary>
    public required IReadOnlyList<FocusPointReportRow> Rows { get; init; }
}
