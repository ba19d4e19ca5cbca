namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>
/// The one way the service and its verbs read configuration: the .NET host's defaults (the working directory's
/// <c>appsettings.json</c> and <c>appsettings.{Environment}.json</c>, user secrets in Development, environment
/// variables, the command line), with the <c>appsettings.json</c> shipped next to the assembly beneath them and a
/// verb's own options above them.
/// </summary>
internal static class AdvisorConfiguration
{
    /// <summary>
    /// The shipped file holds production defaults (such as no Information line per request from ASP.NET Core); the
    /// host only reads the working directory's, so this one is found through the base directory and comes first, so
    /// that everything else still overrides it.
    /// </summary>
    public static IConfigurationManager AddAdvisorSettings(this IConfigurationManager configuration, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (File.Exists(path))
        {
            var source = new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource { Path = path, Optional = true };
            source.ResolveFileProvider();
            configuration.Sources.Insert(0, source);
        }

        if (overrides is not null)
        {
            configuration.AddInMemoryCollection(overrides);
        }

        return configuration;
    }
}
