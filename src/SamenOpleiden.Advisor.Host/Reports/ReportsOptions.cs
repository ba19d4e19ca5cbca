using Microsoft.Extensions.Options;
namespace SamenOpleiden.Advisor.Host.Reports;

/// <summary>
/// The <c>Reports</c> configuration section:
/// <code>
/// "Reports": {
///   "Regions": [ { "Id": "noord", "Name": "Onderwijsregio Noord", "CoordinatorToken": "Xq3v9LmT2pK8wZr4Bn6yHd", "AccessCode": "K7PM-Q3XD" } ]
/// }
/// </code>
/// The database is the service's own (<c>AddAdvisorStorage</c>), which also reads <c>Reports:LinkLifetimeDays</c>.
/// </summary>
internal sealed class ReportsOptions
{
    public const string Section = "Reports";

    /// <summary>Regions whose secrets are set by configuration instead of <c>region create</c>.</summary>
    public List<ConfiguredRegion> Regions { get; set; } = [];

    /// <summary>Reads and checks the section; wrong values fail the start, each fault naming its key.</summary>
    public static ReportsOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<ReportsOptions>() ?? new ReportsOptions();
        var faults = new List<string>();
        for (var i = 0; i < options.Regions.Count; i++)
        {
            faults.AddRange(RegionFaults(options.Regions, i));
        }

        return faults.Count == 0 ? options : throw new OptionsValidationException(Section, typeof(ReportsOptions), faults);
    }

    private static IEnumerable<string> RegionFaults(List<ConfiguredRegion> regions, int i)
    {
        var region = regions[i];
        if (new[] { region.Id, region.Name, region.CoordinatorToken, region.AccessCode }.Any(string.IsNullOrWhiteSpace))
        {
            yield return $"Reports:Regions:{i} needs Id, Name, CoordinatorToken and AccessCode.";
            yield break;
        }

        if (SecretStrength.TokenFault(region.CoordinatorToken!, region) is { } tokenFault)
        {
            yield return $"Reports:Regions:{i}:CoordinatorToken {tokenFault}.";
        }

        if (SecretStrength.AccessCodeFault(region.AccessCode!, region) is { } codeFault)
        {
            yield return $"Reports:Regions:{i}:AccessCode {codeFault}.";
        }

        if (SameSecret(region.CoordinatorToken!, region.AccessCode!))
        {
            yield return $"Reports:Regions:{i}:CoordinatorToken is the access code: every member could open the coordinator's view.";
        }

        if (regions.Take(i).Select((other, j) => (other, j)).FirstOrDefault(o => o.other.AccessCode is { } code && SameSecret(code, region.AccessCode!)) is { other: not null } twin)
        {
            yield return $"Reports:Regions:{i}:AccessCode is the access code of Reports:Regions:{twin.j} as well; each region needs its own.";
        }
    }

    /// <summary>Codes match without case, spaces and dashes (as <c>TryJoinAsync</c> compares them).</summary>
    private static bool SameSecret(string a, string b) =>
        string.Equals(new string([.. a.Where(char.IsLetterOrDigit)]), new string([.. b.Where(char.IsLetterOrDigit)]), StringComparison.OrdinalIgnoreCase);
}
