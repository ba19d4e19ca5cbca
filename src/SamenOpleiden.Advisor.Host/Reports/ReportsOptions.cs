namespace SamenOpleiden.Advisor.Host.Reports;

/// <summary>
/// The <c>Reports</c> configuration section:
/// <code>
/// "Reports": {
///   "LinkLifetimeDays": 90,
///   "ConnectionString": "Data Source=/var/lib/advisor/advisor.db",
///   "Regions": [ { "Id": "noord", "Name": "Onderwijsregio Noord", "CoordinatorToken": "...", "AccessCode": "NRD1-2026" } ]
/// }
/// </code>
/// </summary>
internal sealed class ReportsOptions
{
    public const string Section = "Reports";

    /// <summary>Days a report link works; after that it answers 404. Default 90.</summary>
    public int LinkLifetimeDays { get; set; } = 90;

    /// <summary>SQLite connection string; default <c>ConnectionStrings:Advisor</c>, else <c>data/advisor.db</c> next to the executable.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Regions whose secrets are set by configuration instead of <c>region create</c>.</summary>
    public List<ConfiguredRegion> Regions { get; set; } = [];
}

/// <summary>A region from configuration; every field is required.</summary>
internal sealed class ConfiguredRegion
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? CoordinatorToken { get; set; }

    public string? AccessCode { get; set; }
}
