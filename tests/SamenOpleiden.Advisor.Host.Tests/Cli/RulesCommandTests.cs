using SamenOpleiden.Advisor.Host.Tests.Support;

namespace SamenOpleiden.Advisor.Host.Tests.Cli;

public class RulesCommandTests
{
    [Fact]
    public async Task RulesValidatePassesOnTheShippedRulesAndStatesItsCoverage()
    {
        var (exitCode, output, _) = await AdvisorProcess.RunAsync("rules", "validate", "--samples", "500");

        Assert.Equal(0, exitCode);
        Assert.Contains("Alles in orde.", output);
        Assert.Contains("500 willekeurige antwoordsets (seed", output);
    }

    [Fact]
    public async Task RulesValidateFailsNamingTheBrokenFileAndRule()
    {
        var copy = Path.Combine(Path.GetTempPath(), "advisor-rules-" + Guid.NewGuid().ToString("N"));
        var source = Path.Combine(AppContext.BaseDirectory, "rules");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var priority = Path.Combine(copy, "workflows", "Priority.json");
        File.WriteAllText(priority, File.ReadAllText(priority).Replace("c.IsAmbition\"", "c.IsAmbitie\""));

        var (exitCode, output, _) = await AdvisorProcess.RunAsync("rules", "validate", "--rules", copy);

        Assert.Equal(1, exitCode);
        Assert.Contains("workflows/Priority.json, regel 'AmbitieVanDeRegio'", output);
    }
}
