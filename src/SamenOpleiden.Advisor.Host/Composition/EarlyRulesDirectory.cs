namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>
/// The rules folder as the service will resolve it, read before the host is built so compiling can start first: the
/// settings that usually place it (the shipped and the working directory's <c>appsettings.json</c>, environment
/// variables, the command line). Should the host's final configuration name another folder (say an environment-specific
/// settings file), the host loads that one itself (<see cref="RulesLoading.For"/>).
/// </summary>
internal static class EarlyRulesDirectory
{
    public static string Resolve(string[] args) => AdvisorPaths.Rules(new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .AddCommandLine(args)
        .Build());
}
