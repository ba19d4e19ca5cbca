using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Typology;
using SamenOpleiden.Advisor.Testing;

namespace SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

/// <summary>The repository's real rules/ (compiled once: <see cref="RealRules"/>) and the shared cases, as copied next to the test assembly.</summary>
internal static class TestRules
{
    public static string RulesDirectory => Path.Combine(AppContext.BaseDirectory, "rules");

    public static string CasesDirectory => Path.Combine(AppContext.BaseDirectory, "TestData", "cases");

    public static IAssessmentEvaluator Evaluator => RealRules.Evaluator;

    public static TypologyModel Typology => Evaluator.Typology;

    public static Lexicon Lexicon { get; } = LexiconLoader.Load(RulesDirectory, Typology);

    public static PhaseRecognizer Recognizer { get; } = new(Typology, Lexicon);
}
