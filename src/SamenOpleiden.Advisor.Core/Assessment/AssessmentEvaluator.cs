using SamenOpleiden.Advisor.Core.Advice;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Facts;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Assessment;

/// <summary>
/// Runs the compiled workflows in order: follow-ups (Consistency), phase per focus point (Phase),
/// typering (RegionPhase, TyperingShape), then the roadmap (ExtraAdvice, Priority, roadmap.json).
/// Pure: no I/O, no clock, no randomness.
/// </summary>
internal sealed class AssessmentEvaluator : IAssessmentEvaluator
{
    private readonly RuleSet _rules;
    private readonly IReadOnlySet<string> _followUpIds;
    private readonly TyperingDecider _typering;
    private readonly RoadmapPlanner _roadmap;

    public AssessmentEvaluator(RuleSet rules)
    {
        _rules = rules;
        _followUpIds = rules.Workflow("Consistency").Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        _typering = new TyperingDecider(rules);
        _roadmap = new RoadmapPlanner(rules);
    }

    public string RulesVersion => _rules.Version;
    public TypologyModel Typology => _rules.Typology;

    public AssessmentResult Evaluate(AssessmentInput input)
    {
        AssessmentInputValidator.Validate(input, Typology, _followUpIds);
        var chosen = Typology.FocusPoints.ToDictionary(f => f.Id, f => input.Answers.GetValueOrDefault(f.Id) ?? 0, StringComparer.Ordinal);
        var profile = new ProfileFacts(input.Profile);

        var followUps = FollowUps(new PhaseFacts(chosen), profile, input);
        var (phases, phaseTrace) = Phases(chosen, followUps);
        var phaseFacts = new PhaseFacts(phases);
        var ambition = input.Ambition.Distinct(StringComparer.Ordinal).ToList();
        var typering = _typering.Decide(phases);

        return new AssessmentResult
        {
            RulesVersion = RulesVersion,
            Profile = input.Profile,
            Phases = Typology.FocusPoints.ToDictionary(f => f.Id, f => phases[f.Id] == 0 ? (int?)null : phases[f.Id]),
            Typering = typering,
            Steps = _roadmap.Plan(phaseFacts, phases, profile, typering, ambition),
            FollowUps = followUps,
            Ambition = ambition,
            PhaseTrace = phaseTrace,
        };
    }

    private List<FollowUp> FollowUps(PhaseFacts chosen, ProfileFacts profile, AssessmentInput input)
    {
        object[] inputs = [chosen, profile];
        return _rules.Workflow("Consistency").Matching(inputs)
            .Select(rule => new FollowUp(rule.Id, rule.Text("focusPoint")!, rule.Text("question")!, rule.Number("suggestedPhase")!.Value,
                input.FollowUpAnswers.TryGetValue(rule.Id, out var answer) ? answer : null, [rule.Trace(inputs)]))
            .ToList();
    }

    private (Dictionary<string, int> Phases, Dictionary<string, IReadOnlyList<RuleTrace>> Trace) Phases(
        IReadOnlyDictionary<string, int> chosen, IReadOnlyList<FollowUp> followUps)
    {
        var phases = new Dictionary<string, int>(StringComparer.Ordinal);
        var trace = new Dictionary<string, IReadOnlyList<RuleTrace>>(StringComparer.Ordinal);
        var workflow = _rules.Workflow("Phase");
        foreach (var focusPoint in Typology.FocusPoints)
        {
            // Several answered follow-ups on one focus point: the most cautious (lowest) phase counts.
            var adjusted = followUps.Where(f => f.FocusPoint == focusPoint.Id && f.Answer is not null).Select(f => f.Answer!.Value).DefaultIfEmpty(0).Min();
            var facts = new AnswerFacts { FocusPoint = focusPoint.Id, Chosen = chosen[focusPoint.Id], Adjusted = adjusted };
            object[] inputs = [facts];
            var rule = workflow.First(inputs, "source");
            phases[focusPoint.Id] = rule?.Text("source") switch
            {
                "adjusted" => facts.Adjusted,
                "chosen" => facts.Chosen,
                _ => 0,
            };
            trace[focusPoint.Id] = rule is null ? [] : [rule.Trace(inputs)];
        }

        return (phases, trace);
    }
}
