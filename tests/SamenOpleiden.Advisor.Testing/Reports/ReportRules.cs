using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Typology;
using SamenOpleiden.Advisor.Rules;

namespace SamenOpleiden.Advisor.Testing.Reports;

/// <summary>The repository's real rules/ and shared case inputs, found from the test binaries upwards; compiled once.</summary>
public static class ReportRules
{
    public static string RepoRoot { get; } = FindRepoRoot();

    private static readonly Lazy<IAssessmentEvaluator> Shared = new(() => RuleSetLoader.LoadCompiled(Path.Combine(RepoRoot, "rules"), AdvisorRuleSet.Assembly));

    public static IAssessmentEvaluator Evaluator => Shared.Value;

    public static TypologyModel Typology => Evaluator.Typology;

    public static AssessmentInput CaseInput(string caseId) => AssessmentInputReader.Parse(
        File.ReadAllText(Path.Combine(RepoRoot, "tests", "SamenOpleiden.Advisor.Core.Tests", "TestData", "cases", caseId + ".json")));

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SamenOpleiden.Advisor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }
}
