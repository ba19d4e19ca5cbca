namespace SamenOpleiden.Advisor.Core.Reports;

/// <summary>What joining a region with its access code gives the conversation.</summary>
/// <param name="RegionId">Pass this in <see cref="ReportSubmission.RegionId"/> when the assessment is finished.</param>
/// <param name="RegionName">The region's name, to confirm to the respondent and prefill the profile.</param>
/// <param name="Round">The round that is open now.</param>
public sealed record RegionMembership(string RegionId, string RegionName, int Round);
