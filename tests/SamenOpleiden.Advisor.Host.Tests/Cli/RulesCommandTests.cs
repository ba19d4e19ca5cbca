using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Testing.Processes;

namespace SamenOpleiden.Advisor.Host.Tests.Cli;

[Trait("Needs", "Process")]
public class RulesCommandTests
{
    [Fact]
    public async Task RulesValidatePassesOnTheShippedRulesAndStatesItsCoverage()
    {
        var (exitCode, output, _) = await AdvisorProcess.RunAsync("rules", "validate", "--samples", "500");

        Assert.Equal(0, exitCode);
        Assert.Contains("Alles in orde.", output);
        Assert.Contains("500 willekeurige antwoordsets (seed", output);
        Assert.Matches(@"Regels: \d+ regels", output);
    }

    [Fact]
    public async Task RulesValidateFailsNamingTheBrokenFileAndRule()
    {
        var copy = AppFiles.CopyOfAppFolder("rules");

        var priority = Path.Combine(copy, "priority.json");
        File.WriteAllText(priority, File.ReadAllText(priority).Replace("\"Priority.AmbitieVanDeRegio\"", "\"Priority.AmbitieVanDeRegion\""));

        var (exitCode, output, _) = await AdvisorProcess.RunAsync("rules", "validate", "--rules", copy);

        Assert.Equal(1, exitCode);
        Assert.Contains("priority.json, regel 'Priority.AmbitieVanDeRegion': 'weights' noemt een regel die niet bestaat", output);
        Assert.Contains("Priority/AmbitieVanDeRegio.cs, regel 'AmbitieVanDeRegio': priority.json: 'weights' heeft geen gewicht voor regel 'Priority.AmbitieVanDeRegio'", output);
    }

    [Fact]
    public async Task RulesValidateAlsoChecksThePromptsAndNamesTheBrokenFile()
    {
        var prompts = AppFiles.CopyOfAppFolder("prompts");
        File.AppendAllText(Path.Combine(prompts, "rephrase-advice.yaml"), "\nkapot: [\n");

        var (exitCode, output, _) = await AdvisorProcess.RunWithEnvironmentAsync(
            new Dictionary<string, string> { ["Advisor__PromptsPath"] = prompts }, "rules", "validate", "--samples", "50");

        Assert.Equal(1, exitCode);
        Assert.Contains("FOUT  prompts/rephrase-advice.yaml", output);
    }

    [Fact]
    public async Task RulesValidateAlsoChecksTheRecognisersLexicon()
    {
        var copy = AppFiles.CopyOfAppFolder("rules");
        var lexicon = Path.Combine(copy, "lexicon.json");
        File.WriteAllText(lexicon, File.ReadAllText(lexicon).Replace("\"focusPoints\": {", "\"focusPoints\": {\n    \"geen-focuspunt\": {},"));

        var (exitCode, output, _) = await AdvisorProcess.RunAsync("rules", "validate", "--rules", copy, "--samples", "50");

        Assert.Equal(1, exitCode);
        Assert.Contains("FOUT  lexicon.json", output);
        Assert.Contains("geen-focuspunt", output);
    }
}
