using System.Net;
using Microsoft.Extensions.Options;

namespace SamenOpleiden.Advisor.Host.Web.Security;

/// <summary>Checks the proxies at start: an address that does not parse stops the start, naming its key and value.</summary>
internal sealed class ForwardedHeadersSettingsValidation : IValidateOptions<ForwardedHeadersSettings>
{
    public ValidateOptionsResult Validate(string? name, ForwardedHeadersSettings settings)
    {
        var faults = new List<string>();
        faults.AddRange(settings.KnownProxies.Where(value => !IPAddress.TryParse(value, out _))
            .Select(value => $"{ForwardedHeadersSettings.Section}:KnownProxies '{value}' is not an IP address."));
        faults.AddRange(settings.KnownNetworks.Where(value => !System.Net.IPNetwork.TryParse(value, out _))
            .Select(value => $"{ForwardedHeadersSettings.Section}:KnownNetworks '{value}' is not a network in CIDR notation, e.g. 10.0.0.0/8."));
        return faults.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(faults);
    }
}
