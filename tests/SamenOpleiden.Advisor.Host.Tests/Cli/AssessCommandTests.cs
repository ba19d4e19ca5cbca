using System.Text.Json;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Testing.Processes;

namespace SamenOpleiden.Advisor.Host.Tests.Cli;

[Trait("Needs", "Process")]
public class AssessCommandTests
{
    [Theory]
    [InlineData("vallei-en-velden", "Functioneel Verbonden", "organisatiestructuur-1-naar-2")]
    [InlineData("stad-en-streek", "Regionale Samenwerking", "professionals-hr-aansluiten")]
    [InlineData("binnenmeren", "Functioneel Verbonden", "kwaliteit-1-naar-2")]
    public async Task AssessPrintsTheDocumentedJsonForEachSharedCase(string caseName, string typering, string stepOneItem)
    {
        var (exitCode, output, error) = await AdvisorProcess.RunAsync("assess", "--input", AppFiles.CaseFile(caseName));

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.StartsWith("sha256:", root.GetProperty("rulesVersion").GetString());
        Assert.Equal(11, root.GetProperty("phases").EnumerateObject().Count());
        Assert.Equal(typering, root.GetProperty("typering").GetProperty("name").GetString());
        Assert.True(root.GetProperty("typering").TryGetProperty("summary", out _));
        Assert.True(root.TryGetProperty("followUps", out _));
        var stepOne = root.GetProperty("steps")[0];
        Assert.Equal(1, stepOne.GetProperty("step").GetInt32());
        var items = stepOne.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("id").GetString() == stepOneItem);
        foreach (var property in new[] { "focusPoint", "title", "actions", "lead", "who", "horizon", "ruleIds", "trace" })
            Assert.All(items, i => Assert.True(i.TryGetProperty(property, out _), property));
        Assert.All(items, i => Assert.All(i.GetProperty("trace").EnumerateArray(), t => Assert.False(string.IsNullOrEmpty(t.GetProperty("text").GetString()))));
        Assert.True(root.TryGetProperty("later", out _));
    }

    [Fact]
    public async Task AssessAsMarkdownShowsTheTyperingAndTheSteps()
    {
        var (exitCode, output, _) = await AdvisorProcess.RunAsync("assess", "--input", AppFiles.CaseFile("binnenmeren"), "--format", "md");

        Assert.Equal(0, exitCode);
        Assert.Contains("# Typering Binnenmeren", output);
        Assert.Contains("## Stap 1 — nu", output);
        Assert.Contains("Regelversie: sha256:", output);
    }

    [Theory]
    [InlineData("""{"answers": {"kwaliteit": 4}}""", "moet 1, 2, 3 of null")]
    [InlineData("""{"answers": {"hr": 1}}""", "onbekend focuspunt 'hr'")]
    [InlineData("""{"answers": {"kwaliteit": "twee"}}""", "answers.kwaliteit")]
    [InlineData("""{"answers": """, "geen geldige JSON")]
    public async Task AssessWithBadInputPrintsOneClearLineAndExitsWithTwo(string content, string expected)
    {
        var (exitCode, output, error) = await AdvisorProcess.RunAsync("assess", "--input", AppFiles.TempFile(content));

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Fout:", line);
        Assert.Contains(expected, line);
    }

    [Fact]
    public async Task AssessWithAMissingFileSaysSoWithoutAStackTrace()
    {
        var (exitCode, _, error) = await AdvisorProcess.RunAsync("assess", "--input", "/geen/bestand.json");

        Assert.Equal(2, exitCode);
        Assert.Contains("bestaat niet", error);
        Assert.DoesNotContain("   at ", error);
    }
}
