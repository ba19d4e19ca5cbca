using System.Net;
using Microsoft.Extensions.Configuration;

namespace SamenOpleiden.Advisor.BotFramework.Auth;

/// <summary>
/// Without <c>MicrosoftAppId</c> anyone who can reach <c>/api/messages</c> can talk to the bot and aim its replies
/// anywhere, so development mode is only allowed when every address the server will listen on is loopback.
/// </summary>
internal static class DevelopmentModeBindingGuard
{
    /// <summary>Throws, naming the offending addresses, when the server would listen beyond loopback.</summary>
    public static void EnsureLoopbackOnly(IConfiguration configuration, IEnumerable<string> serverAddresses)
    {
        var exposed = FindNonLoopbackBindings(configuration, serverAddresses);
        if (exposed.Count > 0)
        {
            throw new UnsafeDevelopmentModeException(
                "MicrosoftAppId is not configured, so /api/messages runs without authentication (development mode), " +
                $"which is only allowed on loopback; but the service is configured to listen on {string.Join(", ", exposed)}. " +
                "Set MicrosoftAppId (and MicrosoftAppPassword) for a reachable deployment, or bind to localhost / 127.0.0.1 only, " +
                "e.g. ASPNETCORE_URLS=http://localhost:5000.");
        }
    }

    public static IReadOnlyList<string> FindNonLoopbackBindings(IConfiguration configuration, IEnumerable<string> serverAddresses)
    {
        var bindings = new List<string>(serverAddresses);
        var urls = configuration["urls"];
        if (!string.IsNullOrWhiteSpace(urls))
        {
            bindings.AddRange(urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        else
        {
            // HTTP_PORTS / HTTPS_PORTS bind every interface; ASP.NET Core ignores them when urls are set.
            bindings.AddRange(PortBindings(configuration["http_ports"], "http"));
            bindings.AddRange(PortBindings(configuration["https_ports"], "https"));
        }

        bindings.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Select(endpoint => endpoint["Url"]).OfType<string>());
        return bindings.Where(b => !IsLoopback(b)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static IEnumerable<string> PortBindings(string? ports, string scheme) =>
        (ports ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(port => $"{scheme}://*:{port}");

    private static bool IsLoopback(string binding)
    {
        // Wildcards (*, +) are not valid URI hosts, and they mean every interface anyway.
        var host = ExtractHost(binding);
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }

    private static string ExtractHost(string binding)
    {
        var rest = binding.Contains("://", StringComparison.Ordinal) ? binding[(binding.IndexOf("://", StringComparison.Ordinal) + 3)..] : binding;
        var end = rest.IndexOf('/');
        var authority = end >= 0 ? rest[..end] : rest;
        if (authority.StartsWith('['))
        {
            return authority[..(authority.IndexOf(']') + 1)];
        }

        var colon = authority.LastIndexOf(':');
        return colon >= 0 ? authority[..colon] : authority;
    }
}
