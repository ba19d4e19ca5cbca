using System.Globalization;
using System.Text;
using System.Text.Json;
using SamenOpleiden.Advisor.Core.Rules;

namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// <c>rules/word-weights.json</c>: the learned word weights, one word per line ("regional": [phase 1, phase 2,
/// phase 3]), written by <c>recognise --learn</c> and read at start-up. It records the fingerprint of the lexicon
/// and examples it was learned from, so that weights learned from something else are refused.
/// </summary>
internal static class WordWeightsFile
{
    public const string FileName = "word-weights.json";

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const string Comment =
        "Geleerd door 'recognise --learn' uit de voorbeelden in examples/ en het lexicon; niet met de hand bewerken. " +
        "Per woord (de stam; '!' ervoor: ontkend, '~': gedeeltelijk, '#': een ontkennend of voorzichtig woord zelf, " +
        "'focuspunt|' ervoor: alleen voor dat focuspunt) hoeveel het wijst op fase 1, 2 en 3.";

    public static void Write(string path, WordWeights weights)
    {
        var text = new StringBuilder();
        text.Append("{\n  \"$comment\": ").Append(JsonSerializer.Serialize(Comment, Readable)).Append(",\n");
        text.Append("  \"source\": \"").Append(weights.Source).Append("\",\n");
        text.Append("  \"bias\": ").Append(Numbers(weights.Bias)).Append(",\n");
        text.Append("  \"weights\": {\n");
        var keys = weights.Weights.Keys.Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            text.Append("    ").Append(JsonSerializer.Serialize(keys[i], Readable)).Append(": ").Append(Numbers(weights.Weights[keys[i]])).Append(i + 1 < keys.Count ? ",\n" : "\n");
        }

        text.Append("  }\n}\n");
        File.WriteAllText(path, text.ToString());
    }

    /// <summary>
    /// The weights in <paramref name="path"/>, or null when there are none; a problem when the file cannot be
    /// read, or was learned from another lexicon or other examples than <paramref name="source"/>, or is missing
    /// while there are examples to learn from (<paramref name="expected"/>).
    /// </summary>
    public static (WordWeights? Weights, IReadOnlyList<RuleProblem> Problems) Read(string path, string source, bool expected)
    {
        const string learn = "draai 'recognise --learn' om de woordgewichten opnieuw te leren";
        if (!File.Exists(path))
        {
            return (null, expected ? [new RuleProblem(FileName, null, $"het bestand ontbreekt terwijl er voorbeelden zijn; {learn}")] : []);
        }

        Stored? stored;
        try
        {
            stored = JsonSerializer.Deserialize<Stored>(File.ReadAllText(path), LexiconLoader.Options);
        }
        catch (JsonException e)
        {
            return (null, [new RuleProblem(FileName, null, $"geen geldige JSON: {e.Message}; {learn}")]);
        }

        if (stored is not { Bias.Length: 3 } || stored.Weights.Values.Any(w => w.Length != 3))
        {
            return (null, [new RuleProblem(FileName, null, $"elk gewicht heeft drie getallen, één per fase; {learn}")]);
        }

        return stored.Source == source
            ? (new WordWeights(stored.Weights, stored.Bias, stored.Source), [])
            : (null, [new RuleProblem(FileName, null, $"geleerd uit een ander lexicon of andere voorbeelden dan die er nu staan; {learn}")]);
    }

    private static string Numbers(double[] values) =>
        "[" + string.Join(", ", values.Select(v => (Math.Round(v, 4) + 0.0).ToString("0.####", CultureInfo.InvariantCulture))) + "]";

    private sealed record Stored
    {
        [System.Text.Json.Serialization.JsonPropertyName("$comment")]
        public string? Comment { get; init; }

        public string Source { get; init; } = "";

        public double[] Bias { get; init; } = [];

        public Dictionary<string, double[]> Weights { get; init; } = [];
    }
}
