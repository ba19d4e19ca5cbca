namespace SamenOpleiden.Advisor.Core.Reports;

/// <summary>Who filled the assessment in and when; shown on the report, never read by rules.</summary>
/// <param name="CompletedAt">When the assessment was finished.</param>
/// <param name="RespondentRole">The respondent's role, e.g. bestuurder or HR; null when not given.</param>
public sealed record ReportMetadata(DateTimeOffset CompletedAt, string? RespondentRole);
