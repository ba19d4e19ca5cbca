using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>
/// The service's rules while they load: the web service starts listening before they are compiled, and every turn
/// waits for <see cref="Evaluator"/> (<see cref="Web.RulesReadyMiddleware"/>); broken rules fault it and stop the start.
/// </summary>
internal sealed class LoadedRules(Task<IAssessmentEvaluator> evaluator)
{
    public Task<IAssessmentEvaluator> Evaluator { get; } = evaluator;
}
