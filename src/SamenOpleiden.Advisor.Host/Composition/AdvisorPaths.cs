using Microsoft.Extensions.Configuration;

namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>
/// Where the editable data lives. Configuration wins (<c>Advisor:RulesPath</c>, <c>Advisor:PromptsPath</c>);
/// otherwise the copies next to the executable, so any working directory works.
/// </summary>
internal static class AdvisorPaths
{
    public static string Rules(IConfiguration? configuration, string? overridePath = null) =>
        Resolve(overridePath ?? configuration?["Advisor:RulesPath"], "rules");

    public static string Prompts(IConfiguration? configuration) =>
        Resolve(configuration?["Advisor:PromptsPath"], "prompts");

    private static string Resolve(string? configured, string folder) =>
        string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(AppContext.BaseDirectory, folder)
            : Path.GetFullPath(configured);
}
