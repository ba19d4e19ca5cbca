using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Core.Reports;

/// <summary>A finished assessment to archive, as the conversation hands it over.</summary>
public sealed record ReportSubmission
{
    /// <summary>The respondent's stable key (channel + user id); <see cref="IReportArchive.DeleteRespondentAsync"/> deletes by it.</summary>
    public required string UserKey { get; init; }

    /// <summary>The region the respondent joined with its access code, or null.</summary>
    public string? RegionId { get; init; }

    /// <summary>The respondent's name, only when they agreed to be named in the region view; otherwise null.</summary>
    public string? ConsentedName { get; init; }

    public required DateTimeOffset CompletedAt { get; init; }

    public required AssessmentResult Result { get; init; }

    /// <summary>Focus point id to the respondent's remark.</summary>
    public IReadOnlyDictionary<string, string> Remarks { get; init; } = new Dictionary<string, string>();
}
