using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Typology;
using SamenOpleiden.Advisor.Rules;

namespace SamenOpleiden.Advisor.Testing;

/// <summary>The repository's own rules/ (<see cref="RepositoryFiles.Rules"/>), compiled once per test run, and the shared cases as inputs.</summary>
public static class RealRules
{
    private static readonly Lazy<IAssessmentEvaluator> Shared = new(() => RuleSetLoader.LoadCompiled(RepositoryFiles.Rules, AdvisorRuleSet.Assembly));

    public static IAssessmentEvaluator Evaluator => Shared.Value;

    public static TypologyModel Typology => Evaluator.Typology;

    /// <summary>One of the shared cases (binnenmeren, zuiderkust, hoogland) as the rules read it.</summary>
    public static AssessmentInput CaseInput(string caseId) =>
        AssessmentInputReader.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Cases, caseId + ".json")));
}
