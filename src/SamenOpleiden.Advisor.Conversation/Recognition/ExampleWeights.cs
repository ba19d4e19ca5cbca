using System.Text.Json;
using SamenOpleiden.Advisor.Core.Rules;

namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// How much each example file in <c>rules/examples/</c> counts when the word weights are learned, from
/// <c>rules/examples/weights.json</c> (<c>{"learn5.jsonl": 0.25}</c>); a file not named there counts 1. A part written
/// to lean on the hard shapes teaches the weights those shapes at a fraction of its weight, so they do not take over
/// what the other parts teach about the answers respondents usually give.
/// </summary>
internal static class ExampleWeights
{
    public const string FileName = "weights.json";

    /// <summary>Per example file name its weight, and a problem per entry that is not a file in <paramref name="examplesFolder"/> or not a weight above 0 and at most 1.</summary>
    public static (IReadOnlyDictionary<string, double> Weights, IReadOnlyList<RuleProblem> Problems) Read(string examplesFolder)
    {
        var path = Path.Combine(examplesFolder, FileName);
        var where = $"{LexiconLoader.ExamplesFolder}/{FileName}";
        if (!File.Exists(path))
        {
            return (new Dictionary<string, double>(), []);
        }

        Dictionary<string, JsonElement>? entries;
        try
        {
            entries = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(File.ReadAllText(path), LexiconLoader.Options);
        }
        catch (JsonException e)
        {
            return (new Dictionary<string, double>(), [new RuleProblem(where, null, $"geen JSON-object van bestandsnamen met hun gewicht ({e.Message})")]);
        }

        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var problems = new List<RuleProblem>();
        foreach (var (file, value) in (entries ?? []).Where(e => e.Key != "$comment"))
        {
            if (!File.Exists(Path.Combine(examplesFolder, file)) || !file.EndsWith(".jsonl", StringComparison.Ordinal))
            {
                problems.Add(new RuleProblem(where, file, "geen voorbeeldbestand (*.jsonl) in deze map"));
            }
            else if (value.ValueKind != JsonValueKind.Number || value.GetDouble() is not (> 0 and <= 1))
            {
                problems.Add(new RuleProblem(where, file, "een gewicht is een getal groter dan 0 en hooguit 1"));
            }
            else
            {
                weights[file] = value.GetDouble();
            }
        }

        return (weights, problems);
    }
}
