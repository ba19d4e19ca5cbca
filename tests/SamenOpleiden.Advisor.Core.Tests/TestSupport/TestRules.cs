using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Testing;

namespace SamenOpleiden.Advisor.Core.Tests.TestSupport;

/// <summary>The repository's own rules/ (compiled once: <see cref="RealRules"/>) and helpers around them.</summary>
internal static class TestRules
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "rules");

    public static IAssessmentEvaluator Evaluator => RealRules.Evaluator;

    public static AssessmentInput Case(string name) =>
        AssessmentInputReader.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "cases", name + ".json")));

    public static AssessmentInput Uniform(int? phase) => new()
    {
        Answers = Evaluator.Typology.FocusPoints.ToDictionary(f => f.Id, _ => phase),
    };

    /// <summary>A private copy of rules/ that a test may break.</summary>
    public static string CopyToTemp() => TempFolders.CopyOf(Directory);
}
