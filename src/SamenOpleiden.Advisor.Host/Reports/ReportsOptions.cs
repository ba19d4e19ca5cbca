using Microsoft.Extensions.Options;
namespace SamenOpleiden.Advisor.Host.Reports;

/// <summary>
/// The <c>Reports</c> configuration section:
/// <code>
/// "Reports": {
///   "LinkLifetimeDays": 90,
///   "Regions": [ { "Id": "noord", "Name": "Onderwijsregio Noord", "CoordinatorToken": "at least 16 random characters", "AccessCode": "NRD1-2026" } ]
/// }
/// </code>
/// The database is the service's own (see <c>AdvisorDatabasePath</c> and <c>Storage:Provider</c>).
/// </summary>
internal sealed class ReportsOptions
{
    public const string Section = "Reports";

    /// <summary>Days a report link works; after that it answers 404. Default 90.</summary>
    public int LinkLifetimeDays { get; set; } = 90;

    /// <summary>Regions whose secrets are set by configuration instead of <c>region create</c>.</summary>
    public List<ConfiguredRegion> Regions { get; set; } = [];

    /// <summary>Reads and checks the section; a wrong value fails the start, naming the key.</summary>
    public static ReportsOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<ReportsOptions>() ?? new ReportsOptions();
        if (options.LinkLifetimeDays <= 0)
        {
            throw Invalid("Reports:LinkLifetimeDays must be a positive number of days.");
        }

        for (var i = 0; i < options.Regions.Count; i++)
        {
            var region = options.Regions[i];
            if (new[] { region.Id, region.Name, region.CoordinatorToken, region.AccessCode }.Any(string.IsNullOrWhiteSpace))
            {
                throw Invalid($"Reports:Regions:{i} needs Id, Name, CoordinatorToken and AccessCode.");
            }

            if (region.CoordinatorToken!.Length < 16)
            {
                throw Invalid($"Reports:Regions:{i}:CoordinatorToken is too short to be a secret (at least 16 characters).");
            }
        }

        return options;
    }

    private static OptionsValidationException Invalid(string fault) => new(Section, typeof(ReportsOptions), [fault]);
}
