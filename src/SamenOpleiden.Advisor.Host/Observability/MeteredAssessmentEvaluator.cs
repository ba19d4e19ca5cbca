using System.Diagnostics;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Host.Observability;

/// <summary>Times each evaluation of the compiled rules.</summary>
internal sealed class MeteredAssessmentEvaluator(IAssessmentEvaluator inner, AdvisorMetrics metrics) : IAssessmentEvaluator
{
    public string RulesVersion => inner.RulesVersion;

    public TypologyModel Typology => inner.Typology;

    public IReadOnlyDictionary<string, FollowUpQuestion> FollowUpQuestions => inner.FollowUpQuestions;

    public AssessmentResult Evaluate(AssessmentInput input)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return inner.Evaluate(input);
        }
        finally
        {
            metrics.RuleEvaluation(clock.Elapsed);
        }
    }
}
