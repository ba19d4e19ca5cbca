using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Recognition.Evaluation;

/// <summary>
/// The sets the recogniser is measured on: the shared cases' situation texts; the five learn parts (the
/// recogniser's labelled examples in <c>rules/examples/</c>, which its developers read and which its word
/// weights are learned from); the dev parts (never read, measured as often as needed) and the test parts (never
/// read, measured only at the end of a round). See <c>TestData/recognition/README.md</c>.
/// </summary>
public static class EvaluationSets
{
    public const string Cases = "cases";
    public const string Learn = "learn";
    public const string Learn2 = "learn2";
    public const string Learn3 = "learn3";
    public const string Learn4 = "learn4";
    public const string Learn5 = "learn5";
    public const string Dev = "dev";
    public const string Dev2 = "dev2";
    public const string Test = "test";
    public const string Test2 = "test2";
    public const string Test3 = "test3";
    public const string Test4 = "test4";
    public const string Test5 = "test5";
    public const string Test6 = "test6";
    public const string Test7 = "test7";
    public const string Test8 = "test8";
    public const string Test9 = "test9";

    /// <summary>
    /// The learn parts, the recogniser's labelled examples in <c>rules/examples/</c>. learn5 leans on purpose towards the
    /// hard shapes and counts a quarter in learning (<c>rules/examples/weights.json</c>, see <c>TestData/recognition/README.md</c>).
    /// </summary>
    public static readonly IReadOnlyList<string> LearnParts = [Learn, Learn2, Learn3, Learn4, Learn5];

    /// <summary>The parts nobody who works on the recogniser reads: measured only as a whole.</summary>
    public static readonly IReadOnlyList<string> BlindParts = [Dev, Dev2, Test, Test2, Test3, Test4, Test5, Test6, Test7, Test8, Test9];

    public static readonly IReadOnlyList<string> All = [Cases, .. LearnParts, .. BlindParts];

    /// <summary>The sets whose individual texts and misses may be shown; the blind parts' never are.</summary>
    public static bool MayShowItems(string set) => !BlindParts.Contains(set);

    /// <summary>The folder with <c>cases/</c> and <c>recognition/</c>, as copied next to the assembly.</summary>
    public static string DefaultDataDirectory => Path.Combine(AppContext.BaseDirectory, "TestData");

    /// <param name="set">One of <see cref="All"/>.</param>
    /// <param name="typology">The focus points the texts answer.</param>
    /// <param name="dataDirectory">The folder with <c>cases/</c> and <c>recognition/</c> (the blind parts).</param>
    /// <param name="examplesDirectory">The folder with the learn parts (<c>rules/examples/</c>).</param>
    public static IReadOnlyList<LabelledText> Load(string set, TypologyModel typology, string dataDirectory, string examplesDirectory) => set switch
    {
        Cases => SharedCases(typology, Path.Combine(dataDirectory, "cases")),
        _ when LearnParts.Contains(set) => LabelledTextFile.Read(Path.Combine(examplesDirectory, set + ".jsonl"), typology),
        _ when BlindParts.Contains(set) => LabelledTextFile.Read(Path.Combine(dataDirectory, "recognition", set + ".jsonl"), typology),
        _ => throw new ArgumentException($"Unknown set '{set}'; known: {string.Join(", ", All)}.", nameof(set)),
    };

    /// <summary>Each shared case's text per focus point with the reading of <c>expected-phases.md</c>.</summary>
    public static IReadOnlyList<LabelledText> SharedCases(TypologyModel typology, string casesDirectory)
    {
        var expected = ExpectedPhases.Parse(Path.Combine(casesDirectory, "expected-phases.md"));
        var items = new List<LabelledText>();
        foreach (var file in expected.Files.Order(StringComparer.Ordinal))
        {
            var situationCase = SituationCase.Parse(Path.Combine(casesDirectory, file), typology);
            foreach (var focusPoint in typology.FocusPoints)
            {
                var (phase, also) = expected.For(file, focusPoint.Id);
                items.Add(new LabelledText($"{Path.GetFileNameWithoutExtension(file)}/{focusPoint.Id}", focusPoint.Id, phase, also, "case", situationCase.Situations[focusPoint.Id]));
            }
        }

        return items;
    }
}
