namespace SamenOpleiden.Advisor.Core.Reports;

/// <summary>
/// Finished assessments and the links to their reports. A report is reachable through its link
/// (until it expires) or by its region's coordinator; nothing else.
/// </summary>
public interface IReportArchive
{
    /// <summary>Archives a finished assessment in the region's open round and returns a new link to its report.</summary>
    Task<ReportLink> SaveAsync(ReportSubmission submission, CancellationToken cancellationToken);

    /// <summary>The assessment behind a link token, or null when the token is unknown or expired.</summary>
    Task<ArchivedAssessment?> FindByLinkAsync(string token, CancellationToken cancellationToken);

    /// <summary>The assessment with this report id when it belongs to <paramref name="regionId"/>; otherwise null.</summary>
    Task<ArchivedAssessment?> FindInRegionAsync(string regionId, string reportId, CancellationToken cancellationToken);

    /// <summary>The latest assessment of each respondent in one round of a region, oldest first.</summary>
    Task<IReadOnlyList<ArchivedAssessment>> ListRoundAsync(string regionId, int round, CancellationToken cancellationToken);

    /// <summary>Deletes every assessment and link of a respondent ("verwijder mijn gegevens"); returns how many assessments went.</summary>
    Task<int> DeleteRespondentAsync(string userKey, CancellationToken cancellationToken);

    /// <summary>Deletes the links whose lifetime has passed (they already open nothing); returns how many went.</summary>
    Task<int> DeleteExpiredLinksAsync(CancellationToken cancellationToken);
}
