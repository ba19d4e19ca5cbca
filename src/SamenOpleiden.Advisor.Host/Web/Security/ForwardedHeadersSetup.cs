using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using SamenOpleiden.Advisor.Host.Composition;

namespace SamenOpleiden.Advisor.Host.Web.Security;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address, so every rate and guessing limit would hold
/// one bucket for all visitors. With the proxy configured (<see cref="ForwardedHeadersSettings"/>), <c>X-Forwarded-For</c>
/// and <c>X-Forwarded-Proto</c> are believed from those addresses only, so each limit applies to the real client.
/// Without it the headers are ignored: a client cannot pick its own address by sending one.
/// </summary>
internal static class ForwardedHeadersSetup
{
    /// <summary>Binds the proxies and checks them at start (<see cref="ForwardedHeadersSettingsValidation"/>).</summary>
    public static IServiceCollection AddForwardedHeadersSettings(this IServiceCollection services)
    {
        services.AddValidatedOptions<ForwardedHeadersSettings, ForwardedHeadersSettingsValidation>(ForwardedHeadersSettings.Section);
        services.AddOptions<ForwardedHeadersSettings>().Configure<IConfiguration>((settings, configuration) =>
        {
            // "10.0.0.1,10.0.0.2" from an environment variable works as well as an array.
            var section = configuration.GetSection(ForwardedHeadersSettings.Section);
            settings.KnownProxies = CommaSeparated(section, "KnownProxies") ?? settings.KnownProxies;
            settings.KnownNetworks = CommaSeparated(section, "KnownNetworks") ?? settings.KnownNetworks;
        });
        return services;
    }

    /// <summary>Applies the configured proxies; first in the pipeline, so every limit after it sees the real client.</summary>
    public static WebApplication UseConfiguredForwardedHeaders(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<ForwardedHeadersSettings>();
        if (!settings.AnyProxy)
        {
            return app;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            // A chain of known proxies is walked back to the first address that is not one of them: the client.
            ForwardLimit = null,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        settings.KnownProxies.ForEach(proxy => options.KnownProxies.Add(IPAddress.Parse(proxy)));
        settings.KnownNetworks.ForEach(network => options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network)));
        app.UseForwardedHeaders(options);
        return app;
    }

    private static List<string>? CommaSeparated(IConfigurationSection section, string key) =>
        section[key] is { Length: > 0 } list ? [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : null;
}
