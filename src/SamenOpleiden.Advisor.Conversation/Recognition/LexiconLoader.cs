using System.Text.Json;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// Reads and validates what the recogniser reads with: <c>rules/lexicon.json</c>, the labelled examples in
/// <c>rules/examples/</c> and the word weights learned from them, <c>rules/word-weights.json</c>.
/// </summary>
public static class LexiconLoader
{
    public const string FileName = "lexicon.json";

    /// <summary>The folder in the rules with the labelled examples (<c>*.jsonl</c>) the word weights are learned from.</summary>
    public const string ExamplesFolder = "examples";

    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>
    /// The lexicon in <paramref name="rulesDirectory"/> with the word weights learned for it; throws
    /// <see cref="RuleSetException"/> naming every problem (also weights learned from another lexicon or other examples).
    /// </summary>
    public static Lexicon Load(string rulesDirectory, TypologyModel typology)
    {
        var (lexicon, problems) = Read(rulesDirectory, typology);
        return lexicon is null || problems.Count > 0 ? throw new RuleSetException(problems) : lexicon;
    }

    /// <summary>
    /// The recogniser on <paramref name="rulesDirectory"/> as the service builds it, with the typology it reads
    /// against, for the tools that run it on their own; throws <see cref="RuleSetException"/> naming every problem.
    /// </summary>
    public static (PhaseRecognizer Recognizer, TypologyModel Typology) LoadRecognizer(string rulesDirectory)
    {
        var typology = RuleSetLoader.LoadTypology(rulesDirectory);
        return (new PhaseRecognizer(typology, Load(rulesDirectory, typology)), typology);
    }

    /// <summary>
    /// The lexicon with its word weights (null when the lexicon cannot be read) and every problem in the two; the
    /// examples themselves are only read when learning (and checked by <c>rules validate</c>).
    /// </summary>
    internal static (Lexicon? Lexicon, IReadOnlyList<RuleProblem> Problems) Read(string rulesDirectory, TypologyModel typology)
    {
        var (lexicon, problems) = LexiconValidator.ValidateFile(Path.Combine(rulesDirectory, FileName), typology);
        if (lexicon is null)
        {
            return (null, problems);
        }

        var hasExamples = Directory.Exists(Path.Combine(rulesDirectory, ExamplesFolder)) && Directory.EnumerateFiles(Path.Combine(rulesDirectory, ExamplesFolder), "*.jsonl").Any();
        var (weights, weightProblems) = WordWeightsFile.Read(Path.Combine(rulesDirectory, WordWeightsFile.FileName), WordWeightsSource.Of(rulesDirectory), hasExamples);
        return (lexicon with { Weights = weights }, [.. problems, .. weightProblems]);
    }

    /// <summary>
    /// Every labelled example in <c>examples/*.jsonl</c>, in the order of the file names, each with its file's weight
    /// (<see cref="ExampleWeights"/>), and a problem per line that is not well formed and per weight that is not valid.
    /// </summary>
    internal static (IReadOnlyList<LabelledText> Examples, IReadOnlyList<RuleProblem> Problems) ReadExamples(string rulesDirectory, TypologyModel typology)
    {
        var folder = Path.Combine(rulesDirectory, ExamplesFolder);
        var examples = new List<LabelledText>();
        var (weights, weightProblems) = ExampleWeights.Read(folder);
        var problems = new List<RuleProblem>(weightProblems);
        foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).ToArray() : [])
        {
            var (items, faults) = LabelledTextFile.Check(file, typology);
            var weight = weights.GetValueOrDefault(Path.GetFileName(file), 1);
            examples.AddRange(items.Select(item => item with { Weight = weight }));
            problems.AddRange(faults.Select(f => new RuleProblem($"{ExamplesFolder}/{Path.GetFileName(file)}", null, f)));
        }

        return (examples, problems);
    }
}
