namespace SamenOpleiden.Advisor.Core.Reports;

/// <summary>A respondent column of the region view; <see cref="ReportId"/> opens their report for the coordinator.</summary>
public sealed record RespondentColumn(string Label, string ReportId, DateTimeOffset CompletedAt);
