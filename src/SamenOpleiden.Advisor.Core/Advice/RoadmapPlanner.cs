using System.Globalization;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Core.Advice;

/// <summary>
/// Builds the stepwise roadmap: one advice item per known focus point (its next transition, or keep
/// and deepen at phase 3), extra items from ExtraAdvice, a score per item from Priority, then the
/// steps of roadmap.json in score order, respecting dependencies between focus points.
/// </summary>
internal sealed class RoadmapPlanner(RuleSet rules)
{
    public IReadOnlyList<RoadmapStep> Plan(PhaseFacts phaseFacts, IReadOnlyDictionary<string, int> phases, ProfileFacts profile, Typering typering, IReadOnlyList<string> ambition)
    {
        var candidates = Transitions(phases);
        AddExtraAdvice(candidates, phaseFacts, phases, profile);
        Score(candidates, phaseFacts, profile, typering.Phase ?? 0, ambition);

        var ordered = candidates
            .OrderByDescending(c => c.Score).ThenBy(c => c.Order).ThenBy(c => c.Advice.Id, StringComparer.Ordinal)
            .ToList();
        var placed = new StepAssigner(rules.Roadmap, phases).Assign(ordered);
        return rules.Roadmap.Steps
            .Select(s => new RoadmapStep(s.Step, s.Title, placed.Where(p => p.Step == s.Step).Select(p => p.Candidate.ToResult()).ToList()))
            .ToList();
    }

    private List<RoadmapCandidate> Transitions(IReadOnlyDictionary<string, int> phases)
    {
        var candidates = new List<RoadmapCandidate>();
        foreach (var (focusPoint, index) in rules.Typology.FocusPoints.Select((f, i) => (f, i)))
        {
            var phase = phases[focusPoint.Id];
            if (phase == 0) continue;
            var transition = phase == 3 ? "3" : $"{phase}-{phase + 1}";
            var candidate = new RoadmapCandidate(rules.AdviceFor(focusPoint.Id, transition), phase == 3 ? "deepen" : "transition", phase, index);
            candidate.Trace.Add(new RuleTrace($"Advice.{candidate.Advice.Id}",
                phase == 3 ? "Fase 3 bereikt: advies om vast te houden en te verdiepen" : $"Advies voor de overgang van fase {phase} naar {phase + 1}",
                new Dictionary<string, string> { [$"phase[{focusPoint.Id}]"] = phase.ToString(CultureInfo.InvariantCulture) }));
            candidates.Add(candidate);
        }

        return candidates;
    }

    private void AddExtraAdvice(List<RoadmapCandidate> candidates, PhaseFacts phaseFacts, IReadOnlyDictionary<string, int> phases, ProfileFacts profile)
    {
        var known = phases.Values.Count(p => p > 0);
        object[] inputs = [profile, phaseFacts, new TallyFacts { Known = known, Unknown = phases.Count - known }];
        foreach (var rule in rules.Workflow("ExtraAdvice").Matching(inputs))
        {
            var weight = rule.Number("weight") ?? 0;
            var target = rule.Text("boost") is { } focusPoint
                ? candidates.FirstOrDefault(c => c.Kind is "transition" or "deepen" && c.Advice.FocusPoint == focusPoint)
                : ExtraCandidate(candidates, rules.AdviceById(rule.Text("advice")!), phases);
            if (target is null) continue;
            target.Score += weight;
            target.Trace.Add(rule.Trace(inputs));
        }
    }

    private RoadmapCandidate ExtraCandidate(List<RoadmapCandidate> candidates, AdviceDefinition advice, IReadOnlyDictionary<string, int> phases)
    {
        var existing = candidates.FirstOrDefault(c => c.Advice.Id == advice.Id);
        if (existing is not null) return existing;
        var focusPoint = advice.FocusPoint;
        var candidate = new RoadmapCandidate(advice, focusPoint is null ? "general" : "profile",
            focusPoint is null ? 0 : phases[focusPoint], focusPoint is null ? -1 : rules.Typology.IndexOf(focusPoint));
        candidates.Add(candidate);
        return candidate;
    }

    private void Score(List<RoadmapCandidate> candidates, PhaseFacts phaseFacts, ProfileFacts profile, int regionPhase, IReadOnlyList<string> ambition)
    {
        var workflow = rules.Workflow("Priority");
        foreach (var candidate in candidates)
        {
            var focusPoint = candidate.Advice.FocusPoint ?? "";
            var rank = ambition.ToList().IndexOf(focusPoint) + 1;
            var facts = new CandidateFacts
            {
                FocusPoint = focusPoint, Kind = candidate.Kind, Phase = candidate.Phase, RegionPhase = regionPhase,
                IsAmbition = rank > 0, AmbitionRank = rank,
            };
            object[] inputs = [facts, phaseFacts, profile];
            foreach (var rule in workflow.Matching(inputs))
            {
                candidate.Score += rule.Number("weight") ?? 0;
                candidate.Trace.Add(rule.Trace(inputs));
            }
        }
    }
}
