namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>
/// The <c>appsettings.json</c> shipped next to the assembly (production defaults such as no Information line per
/// request from ASP.NET Core). ASP.NET Core only reads the one in the working directory; this one is found through
/// the base directory and comes first, so that file, environment variables and the command line still override it.
/// </summary>
internal static class ShippedSettings
{
    public static ConfigurationManager AddShippedSettings(this ConfigurationManager configuration)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (File.Exists(path))
        {
            var source = new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource { Path = path, Optional = true };
            source.ResolveFileProvider();
            configuration.Sources.Insert(0, source);
        }

        return configuration;
    }
}
