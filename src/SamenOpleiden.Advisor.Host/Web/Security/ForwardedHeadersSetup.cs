using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace SamenOpleiden.Advisor.Host.Web.Security;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address, so every rate and guessing limit would hold
/// one bucket for all visitors. With the proxy configured (section <c>ForwardedHeaders</c>: <c>KnownProxies</c>, IP
/// addresses, and/or <c>KnownNetworks</c>, CIDR ranges; arrays or comma-separated), <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> are believed from those addresses only, so each limit applies to the real client. Without
/// it the headers are ignored: a client cannot pick its own address by sending one.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Reads the section: null when no proxy is configured, a fault naming the key for an address that does not parse.</summary>
    public static ForwardedHeadersOptions? Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = List(section, "KnownProxies");
        var networks = List(section, "KnownNetworks");
        if (proxies.Count == 0 && networks.Count == 0)
        {
            return null;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            // A chain of known proxies is walked back to the first address that is not one of them: the client.
            ForwardLimit = null,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        var faults = new List<string>();
        foreach (var (key, value) in proxies)
        {
            if (IPAddress.TryParse(value, out var address))
            {
                options.KnownProxies.Add(address);
            }
            else
            {
                faults.Add($"{key} '{value}' is not an IP address.");
            }
        }

        foreach (var (key, value) in networks)
        {
            if (System.Net.IPNetwork.TryParse(value, out var network))
            {
                options.KnownIPNetworks.Add(network);
            }
            else
            {
                faults.Add($"{key} '{value}' is not a network in CIDR notation, e.g. 10.0.0.0/8.");
            }
        }

        return faults.Count == 0 ? options : throw new OptionsValidationException(Section, typeof(ForwardedHeadersOptions), faults);
    }

    /// <summary>
    /// Applies the configured proxies; first in the pipeline, so every limit after it sees the real client. Read here,
    /// before anything listens, so an address that does not parse stops the start naming its key.
    /// </summary>
    public static WebApplication UseConfiguredForwardedHeaders(this WebApplication app)
    {
        if (Read(app.Configuration) is { } options)
        {
            app.UseForwardedHeaders(options);
        }

        return app;
    }

    private static List<(string Key, string Value)> List(IConfigurationSection section, string name)
    {
        var key = $"{Section}:{name}";
        var child = section.GetSection(name);
        return child.Value is { Length: > 0 } list
            ? [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(value => (key, value))]
            : [.. child.GetChildren().Where(item => !string.IsNullOrWhiteSpace(item.Value)).Select(item => ($"{key}:{item.Key}", item.Value!.Trim()))];
    }
}
