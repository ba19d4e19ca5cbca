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

}

/// <summary>Checks the configured regions' secrets; wrong values fail the start, each fault naming its key.</summary>
internal sealed class ReportsOptionsValidation : IValidateOptions<ReportsOptions>
{
    public ValidateOptionsResult Validate(string? name, ReportsOptions options)
    {
        var faults = Enumerable.Range(0, options.Regions.Count).SelectMany(i => RegionFaults(options.Regions, i)).ToList();
        return faults.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(faults);
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
