namespace SamenOpleiden.Advisor.Host.Cli;

/// <summary>The configuration CLI verbs read: environment variables (<c>Advisor__RulesPath</c>, <c>Advisor__PromptsPath</c>, …), as the service does.</summary>
internal static class CliConfiguration
{
    public static IConfiguration Environment { get; } = new ConfigurationBuilder().AddEnvironmentVariables().Build();
}
