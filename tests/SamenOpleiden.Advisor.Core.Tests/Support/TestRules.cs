using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Rules;

namespace SamenOpleiden.Advisor.Core.Tests.Support;

/// <summary>The repository's own rules/, compiled once for all tests, and helpers around them.</summary>
internal static class TestRules
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "rules");

    private static readonly Lazy<IAssessmentEvaluator> Shared = new(() => RuleSetLoader.LoadCompiled(Directory, AdvisorRuleSet.Assembly));

    public static IAssessmentEvaluator Evaluator => Shared.Value;

    public static AssessmentInput Case(string name) =>
        AssessmentInputReader.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "cases", name + ".json")));

    public static AssessmentInput Uniform(int? phase) => new()
    {
        Answers = Evaluator.Typology.FocusPoints.ToDictionary(f => f.Id, _ => phase),
    };

    /// <summary>A private copy of rules/ that a test may break.</summary>
    public static string CopyToTemp()
    {
        var target = Path.Combine(Path.GetTempPath(), "advisor-rules-" + Guid.NewGuid().ToString("N"));
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Directory, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
