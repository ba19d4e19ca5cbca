using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Typology;
using SamenOpleiden.Advisor.Rules;

namespace SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

/// <summary>The repository's real rules/ and the shared cases, as copied next to the test assembly; compiled once.</summary>
internal static class TestRules
{
    private static readonly Lazy<IAssessmentEvaluator> LazyEvaluator = new(() => RuleSetLoader.LoadCompiled(RulesDirectory, AdvisorRuleSet.Assembly));

    public static string RulesDirectory => Path.Combine(AppContext.BaseDirectory, "rules");

    public static string CasesDirectory => Path.Combine(AppContext.BaseDirectory, "TestData", "cases");

    public static IAssessmentEvaluator Evaluator => LazyEvaluator.Value;

    public static TypologyModel Typology => Evaluator.Typology;

    public static Lexicon Lexicon { get; } = LexiconLoader.Load(RulesDirectory, Typology);

    public static PhaseRecognizer Recognizer { get; } = new(Typology, Lexicon);
}
