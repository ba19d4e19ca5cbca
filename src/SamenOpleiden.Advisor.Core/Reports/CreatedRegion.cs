namespace SamenOpleiden.Advisor.Core.Reports;

/// <summary>A new region's secrets, shown once: the coordinator's token and the access code respondents type in.</summary>
public sealed record CreatedRegion(string RegionId, string Name, string CoordinatorToken, string AccessCode);
