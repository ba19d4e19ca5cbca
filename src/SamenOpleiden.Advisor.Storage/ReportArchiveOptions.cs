namespace SamenOpleiden.Advisor.Storage;

/// <summary>The report archive's part of the <c>Reports</c> section: <c>"Reports": { "LinkLifetimeDays": 90 }</c>.</summary>
public sealed class ReportArchiveOptions
{
    public const string Section = "Reports";

    /// <summary>Days a report link works; after that it answers 404. Default 90.</summary>
    public int LinkLifetimeDays { get; set; } = 90;
}
