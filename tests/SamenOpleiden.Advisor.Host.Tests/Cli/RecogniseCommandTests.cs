using System.Text.Json;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Testing.Processes;

namespace SamenOpleiden.Advisor.Host.Tests.Cli;

/// <summary>
/// <c>recognise</c> as a coordinator runs it: what the recogniser reads in one answer, and <c>--learn</c>, which
/// learns the word weights again after the examples changed (and <c>rules validate</c> says when that is needed).
/// </summary>
public class RecogniseCommandTests
{
    private const string Examples = """
        {"id": "a", "focusPoint": "financien", "phase": 1, "also": null, "kind": "plain", "text": "Elk bestuur houdt zijn geld voor zichzelf."}
        {"id": "b", "focusPoint": "financien", "phase": 2, "also": null, "kind": "plain", "text": "We leggen elk jaar samen verantwoording af over de verdeling."}
        {"id": "c", "focusPoint": "financien", "phase": 3, "also": null, "kind": "plain", "text": "Alle besturen storten in één regionaal fonds."}
        """;

    [Fact]
    public async Task RecognisePrintsTheProposedPhaseWithItsEvidenceAsJson()
    {
        var (exitCode, output, error) = await AdvisorProcess.RunAsync("recognise", "--focus", "professionals-hr", "--text", "HR wordt nog niet structureel betrokken");

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("professionals-hr", json.RootElement.GetProperty("focusPoint").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("phase").GetInt32());
        Assert.True(json.RootElement.GetProperty("confidence").GetDouble() > 0.5);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("alternatives").ValueKind);
        Assert.Equal("proposal", json.RootElement.GetProperty("kind").GetString());
        var evidence = json.RootElement.GetProperty("evidence")[0];
        Assert.Equal("nog niet structureel betrokken", evidence.GetProperty("quote").GetString());
        Assert.Equal(1, evidence.GetProperty("phase").GetInt32());
    }

    [Fact]
    public async Task RecogniseWithAnUnknownFocusPointNamesTheKnownOnes()
    {
        var (exitCode, _, error) = await AdvisorProcess.RunAsync("recognise", "--focus", "koffie", "--text", "lekker");

        Assert.Equal(2, exitCode);
        Assert.Contains("professionals-hr", error);
    }

    [Fact]
    public async Task ChangedExamples_AreRefusedByRulesValidateAndTheRecogniser_UntilLearnedAgain()
    {
        var rules = RulesWithExamples(Examples);

        var (staleExit, staleOutput, _) = await AdvisorProcess.RunAsync("rules", "validate", "--rules", rules, "--samples", "20");
        var (refusedExit, _, refusedError) = await AdvisorProcess.RunAsync("recognise", "--rules", rules, "--focus", "financien", "--text", "Alle besturen storten in één regionaal fonds.");
        var (learnExit, learnOutput, learnError) = await AdvisorProcess.RunAsync("recognise", "--learn", "--rules", rules);
        var (validExit, validOutput, _) = await AdvisorProcess.RunAsync("rules", "validate", "--rules", rules, "--samples", "20");
        var (readExit, readOutput, readError) = await AdvisorProcess.RunAsync("recognise", "--rules", rules, "--focus", "financien", "--text", "Alle besturen storten in één regionaal fonds.");

        Assert.Equal(1, staleExit);
        Assert.Contains("FOUT  word-weights.json", staleOutput);
        Assert.Contains("draai 'recognise --learn'", staleOutput);
        Assert.Equal(1, refusedExit);
        Assert.Contains("recognise --learn", refusedError);
        Assert.True(learnExit == 0, learnError);
        Assert.Contains("3 voorbeelden gelezen", learnOutput);
        Assert.True(validExit == 0, validOutput);
        Assert.Contains("Alles in orde.", validOutput);
        Assert.True(readExit == 0, readError);
        Assert.Equal(3, JsonDocument.Parse(readOutput).RootElement.GetProperty("phase").GetInt32());
    }

    [Fact]
    public async Task LearnWithABadExample_NamesFileLineAndFaultInDutch_AndKeepsTheWeights()
    {
        var rules = RulesWithExamples(Examples + "\n" + """{"id": "d", "focusPoint": "financien", "phase": 1, "also": 3, "kind": "plain", "text": "Ieder voor zich."}""");
        var weights = Path.Combine(rules, "word-weights.json");
        var before = File.ReadAllText(weights);

        var (exitCode, _, error) = await AdvisorProcess.RunAsync("recognise", "--learn", "--rules", rules);

        Assert.Equal(1, exitCode);
        Assert.Contains("De regels of voorbeelden zijn niet in orde", error);
        Assert.Contains("examples/eigen.jsonl", error);
        Assert.Contains("regel 4: also 3 grenst niet aan fase 1", error);
        Assert.Equal(before, File.ReadAllText(weights));
    }

    /// <summary>A copy of the shipped rules whose only examples are <paramref name="lines"/> (in <c>examples/eigen.jsonl</c>).</summary>
    private static string RulesWithExamples(string lines)
    {
        var rules = AppFiles.CopyOfAppFolder("rules");
        var examples = Path.Combine(rules, "examples");
        foreach (var file in Directory.GetFiles(examples))
        {
            File.Delete(file);
        }

        File.WriteAllText(Path.Combine(examples, "eigen.jsonl"), lines + "\n");
        return rules;
    }
}
