namespace SamenOpleiden.Advisor.Core.Reports;

/// <summary>What archiving a report gives back: the unguessable link token (shown once) and when it expires.</summary>
/// <param name="Token">128 random bits, base64url; the report's address is <c>/rapport/{Token}</c>.</param>
/// <param name="ReportId">The id the region's coordinator uses for this report.</param>
/// <param name="ExpiresAt">After this moment the link answers 404.</param>
/// <param name="Round">The region round the report counts for, or null outside a region.</param>
public sealed record ReportLink(string Token, string ReportId, DateTimeOffset ExpiresAt, int? Round)
{
    /// <summary>The site-relative address of the HTML report.</summary>
    public string Path => $"/rapport/{Token}";
}
