using System.Text.Json;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Tests.Reports.Fixtures;

/// <summary>The real typology from the repository's rules/typology.json, found from the test binaries upwards.</summary>
internal static class TestTypology
{
    private static readonly Lazy<TypologyModel> Model = new(Load);

    public static TypologyModel Instance => Model.Value;

    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SamenOpleiden.Advisor.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
        }
    }

    private static TypologyModel Load()
    {
        var json = File.ReadAllText(Path.Combine(RepoRoot, "rules", "typology.json"));
        var file = JsonSerializer.Deserialize<TypologyFile>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        return new TypologyModel(file.Phases, file.FocusPoints);
    }

    private sealed record TypologyFile(List<PhaseDefinition> Phases, List<FocusPoint> FocusPoints);
}
