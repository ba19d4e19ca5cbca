using NRules;
using NRules.RuleModel;
using SamenOpleiden.Advisor.Core.Rules.Compiling;
using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Explaining;
using SamenOpleiden.Advisor.Core.Rules.Facts;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Assessment;

/// <summary>
/// Evaluates one assessment in a session of its own on the shared session factory: inserts the answers, the profile,
/// the follow-up answers and the ambition, lets the rules chain forward until nothing changes, and builds the result
/// from the concluding rule's final match (which that rule records in the <see cref="Conclusion"/> fact). Pure: no I/O,
/// no clock, no randomness.
/// </summary>
internal sealed class AssessmentEvaluator : IAssessmentEvaluator
{
    private readonly CompiledRuleSet _rules;
    private readonly ResultBuilder _results;

    public AssessmentEvaluator(CompiledRuleSet rules)
    {
        _rules = rules;
        _results = new ResultBuilder(rules, new TraceWriter(rules.Data.Typology, rules.Explanations));
        FollowUpQuestions = rules.Explanations
            .Where(e => e.Value.Row is ConsistencyRow)
            .ToDictionary(e => e.Key, e => Question(e.Key, (ConsistencyRow)e.Value.Row!), StringComparer.Ordinal);
    }

    public string RulesVersion => _rules.Version;
    public TypologyModel Typology => _rules.Data.Typology;
    public IReadOnlyDictionary<string, FollowUpQuestion> FollowUpQuestions { get; }

    public AssessmentResult Evaluate(AssessmentInput input) => Evaluate(input, null);

    /// <param name="inspection">Sees every rule that fires and the settled session; for the validator.</param>
    internal AssessmentResult Evaluate(AssessmentInput input, ISessionInspection? inspection)
    {
        AssessmentInputValidator.Validate(input, Typology, FollowUpQuestions);
        var ambition = input.Ambition.Distinct(StringComparer.Ordinal).ToList();
        var conclusion = new Conclusion();

        var session = _rules.Factory.CreateSession();
        // Linked facts propagate in batches, one per firing cycle: an aggregate over all focus points or all candidates
        // is then recomputed once per cycle instead of once per fact.
        session.AutoPropagateLinkedFacts = false;
        if (inspection is not null) session.Events.RuleFiredEvent += (_, e) => inspection.Fired(e.Rule);
        session.InsertAll(Facts(input, ambition, conclusion));
        do session.Fire();
        while (session.PropagateLinked().Any());
        inspection?.Settled(session);

        return _results.Build(input, ambition, conclusion.Roadmap!, conclusion.Match!);
    }

    private IEnumerable<object> Facts(AssessmentInput input, List<string> ambition, Conclusion conclusion)
    {
        var focusPoints = Typology.FocusPoints;
        for (var i = 0; i < focusPoints.Count; i++)
            yield return new FocusPointAnswer(focusPoints[i].Id, i, input.Answers.GetValueOrDefault(focusPoints[i].Id));
        yield return new FollowUpAnswers(input.FollowUpAnswers);
        yield return new Region(input.Profile);
        // Only the ambition rules read it: without an ambition they have nothing to join.
        if (ambition.Count > 0) yield return new Ambition(ambition);
        yield return conclusion;
    }

    private static FollowUpQuestion Question(string id, ConsistencyRow row) => new(id, row.FocusPoint, row.SuggestedPhase, row.Question);
}

/// <summary>What the validator watches in a session: every rule that fires, and the facts once the session has settled.</summary>
internal interface ISessionInspection
{
    void Fired(IRuleDefinition rule);

    void Settled(ISession session);
}
