using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Recognition.Evaluation;

/// <summary>
/// The sets the recogniser is measured on: the shared cases' situation texts, the learn part (the
/// recogniser's developers may read it and tune on it) and the test part (written by an author who never
/// saw the recogniser; only ever measured as a whole). See <c>TestData/recognition/README.md</c>.
/// </summary>
public static class EvaluationSets
{
    public const string Cases = "cases";
    public const string Learn = "learn";
    public const string Test = "test";

    public static readonly IReadOnlyList<string> All = [Cases, Learn, Test];

    /// <summary>The sets whose individual texts and misses may be shown; the test part's never are.</summary>
    public static bool MayShowItems(string set) => set != Test;

    /// <summary>The folder with <c>cases/</c> and <c>recognition/</c>, as copied next to the assembly.</summary>
    public static string DefaultDataDirectory => Path.Combine(AppContext.BaseDirectory, "TestData");

    public static IReadOnlyList<LabelledText> Load(string set, TypologyModel typology, string dataDirectory) => set switch
    {
        Cases => SharedCases(typology, Path.Combine(dataDirectory, "cases")),
        Learn or Test => LabelledTextFile.Read(Path.Combine(dataDirectory, "recognition", set + ".jsonl"), typology),
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
