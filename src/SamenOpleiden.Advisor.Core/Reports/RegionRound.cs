namespace SamenOpleiden.Advisor.Core.Reports;

/// <summary>One round of a region: opened by its coordinator, it collects the assessments finished until the next one opens.</summary>
public sealed record RegionRound(int Number, DateTimeOffset OpenedAt);
