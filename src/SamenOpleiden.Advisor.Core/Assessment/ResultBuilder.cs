using System.Collections.Concurrent;
using System.Globalization;
using NRules;
using NRules.RuleModel;
using SamenOpleiden.Advisor.Core.Advice;
using SamenOpleiden.Advisor.Core.Rules.Compiling;
using SamenOpleiden.Advisor.Core.Rules.Explaining;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Core.Assessment;

/// <summary>
/// Turns a settled session into the result: it starts from the final match of the concluding rule and follows NRules'
/// own record of where each fact came from (the rule that yielded it and the facts that rule matched) to explain every
/// phase, the typering, every follow-up and every advice item.
/// </summary>
internal sealed class ResultBuilder(CompiledRuleSet rules, TraceWriter traces)
{
    private const string OneItemPerFocusPoint = "Roadmap.EenAdviesPerFocuspunt";

    private readonly ConcurrentDictionary<AdviceDefinition, RuleTrace> _replaced = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<DependencyWait, RuleTrace> _waits = new();

    public AssessmentResult Build(AssessmentInput input, IReadOnlyList<string> ambition, PlannedRoadmap roadmap, IMatch concluded)
    {
        IFact? region = null, candidateSet = null, followUpSet = null;
        foreach (var fact in concluded.Facts)
        {
            switch (fact.Value)
            {
                case RegionPhase: region = fact; break;
                case IEnumerable<AdviceCandidate>: candidateSet = fact; break;
                case IEnumerable<RaisedFollowUp>: followUpSet = fact; break;
            }
        }

        var regionSource = Linked(region!);
        var regionFacts = TraceWriter.Listed(regionSource.Facts);
        var typology = rules.Data.Typology;
        var focusPoints = typology.FocusPoints;
        var byFocusPoint = new IFact[focusPoints.Count];
        foreach (var fact in regionFacts)
        {
            if (fact.Value is not IEnumerable<FocusPhase>) continue;
            foreach (var phase in Members(fact)) byFocusPoint[((FocusPhase)phase.Value!).Order] = phase;
        }

        var candidates = new Dictionary<AdviceCandidate, IFact>(ReferenceEqualityComparer.Instance);
        foreach (var candidate in Members(candidateSet!)) candidates[(AdviceCandidate)candidate.Value!] = candidate;

        var phases = new Dictionary<string, int?>(focusPoints.Count, StringComparer.Ordinal);
        var phaseTrace = new Dictionary<string, IReadOnlyList<RuleTrace>>(focusPoints.Count, StringComparer.Ordinal);
        for (var i = 0; i < focusPoints.Count; i++)
        {
            phases[focusPoints[i].Id] = ((FocusPhase)byFocusPoint[i].Value!).Phase;
            phaseTrace[focusPoints[i].Id] = [Trace(byFocusPoint[i])];
        }

        var steps = new List<RoadmapStep>(roadmap.Steps.Count);
        foreach (var step in roadmap.Steps)
        {
            var items = new List<AdviceResultItem>(step.Items.Count);
            foreach (var item in step.Items) items.Add(Item(item, step.Setting.Horizon, input.Profile, candidates));
            steps.Add(new RoadmapStep(step.Setting.Step, step.Setting.Title, items));
        }

        return new AssessmentResult
        {
            RulesVersion = rules.Version,
            Profile = input.Profile,
            Phases = phases,
            Typering = Typering((RegionPhase)region!.Value!, regionSource.Rule, regionFacts),
            Steps = steps,
            Later = Later(roadmap.Later),
            FollowUps = FollowUps(followUpSet),
            Ambition = ambition,
            PhaseTrace = phaseTrace,
        };
    }

    private static List<LaterItem> Later(IReadOnlyList<PlannedItem> later)
    {
        var items = new List<LaterItem>(later.Count);
        foreach (var item in later) items.Add(new LaterItem(item.Candidate.Advice.Id, item.Candidate.FocusPoint, item.Candidate.Kind, item.Candidate.Advice.Title));
        return items;
    }

    private List<FollowUp> FollowUps(IFact? followUpSet)
    {
        // Most sessions raise none; the rest may take LINQ.
        var raised = followUpSet is null ? [] : TraceWriter.Listed(Members(followUpSet));
        if (raised.Count == 0) return [];
        return raised.Select(f => (Fact: f, FollowUp: (RaisedFollowUp)f.Value!))
            .OrderBy(f => f.FollowUp.Id, StringComparer.Ordinal)
            .Select(f => new FollowUp(f.FollowUp.Id, f.FollowUp.FocusPoint, f.FollowUp.Question, f.FollowUp.SuggestedPhase, f.FollowUp.Answer, [Trace(f.Fact)]))
            .ToList();
    }

    private Typering Typering(RegionPhase region, IRuleDefinition rule, IReadOnlyList<IFact> facts)
    {
        var texts = rules.Data.Typering;
        var typology = rules.Data.Typology;
        var name = region.Phase is { } phase ? typology.Phase(phase).Name : "Nog niet te bepalen";
        var shape = region.Phase is null ? texts.Undetermined
            : (region.Laggards.Count, region.Frontrunners.Count) switch
            {
                ( > 0, > 0) => texts.Both,
                ( > 0, _) => texts.Laggards,
                (_, > 0) => texts.Frontrunners,
                _ => texts.Even,
            };
        if (region.Phase is not null && region.Tally.Unknown > 0) shape += texts.Unknown;
        var summary = shape
            .Replace("{achterblijvers}", DutchList.Join(ShortNames(region.Laggards)))
            .Replace("{voorlopers}", DutchList.Join(ShortNames(region.Frontrunners)))
            .Replace("{onbekend}", region.Tally.Unknown.ToString(CultureInfo.InvariantCulture))
            .Replace("{totaal}", region.Tally.Total.ToString(CultureInfo.InvariantCulture));
        return new Typering(region.Phase, name, summary, region.Laggards, region.Frontrunners, [traces.Trace(rule, facts)]);
    }

    private List<string> ShortNames(IReadOnlyList<string> focusPoints)
    {
        var names = new List<string>(focusPoints.Count);
        foreach (var id in focusPoints) names.Add(rules.Data.Typology.Get(id).ShortName);
        return names;
    }

    private AdviceResultItem Item(PlannedItem item, string horizon, RegionProfile profile, Dictionary<AdviceCandidate, IFact> candidates)
    {
        var candidate = item.Candidate;
        var advice = candidate.Advice;
        var trace = new List<RuleTrace> { Trace(candidates[candidate], candidate) };
        foreach (var other in item.Replaced)
            trace.Add(other.Advice.Id == advice.Id ? Trace(candidates[other], other) : Replaced(other));
        // The priority rules' matches come in no fixed order; the rule name gives a stable one.
        var weights = new List<RuleTrace>(candidate.Weights.Count);
        foreach (var match in candidate.Weights.Keys) weights.Add(traces.Trace(match.Rule, match.Facts, candidate));
        weights.Sort((a, b) => string.CompareOrdinal(a.RuleId, b.RuleId));
        trace.AddRange(weights);
        foreach (var wait in item.Waits) trace.Add(Waited(wait));

        return new AdviceResultItem(advice.Id, candidate.FocusPoint, candidate.Kind, candidate.Phase,
            candidate.Kind == AdviceKinds.Transition || (advice.Variant && candidate.Phase < 3) ? candidate.Phase + 1 : null, advice.Title, advice.ActionsFor(profile),
            advice.Lead, advice.Who, horizon, advice.Instrument, RuleIds(trace), trace);
    }

    private static List<string> RuleIds(List<RuleTrace> trace)
    {
        var ids = new List<string>(trace.Count);
        foreach (var entry in trace)
            if (!ids.Contains(entry.RuleId)) ids.Add(entry.RuleId);
        return ids;
    }

    // The roadmap's own notes depend on the rule set alone (the advice replaced; the dependency, prerequisite, its phase
    // and step), so each is written once and then shared, read-only, like the rules' traces.
    private RuleTrace Replaced(AdviceCandidate other) => _replaced.GetOrAdd(other.Advice, static advice =>
        TraceWriter.Note(OneItemPerFocusPoint, "Per focuspunt komt één advies in de routekaart: het advies dat het best bij jullie regio past.",
            new Dictionary<string, string> { ["replaces"] = advice.Id },
            $"dit advies komt in de plaats van '{advice.Title}'"));

    private RuleTrace Waited(DependencyWait wait) => _waits.GetOrAdd(wait, WaitNote);

    private RuleTrace WaitNote(DependencyWait wait)
    {
        var name = rules.Data.Typology.Get(wait.Prerequisite).ShortName;
        var phase = wait.PrerequisitePhase?.ToString(CultureInfo.InvariantCulture) ?? "onbekend";
        return TraceWriter.Note($"Roadmap.{wait.Dependency.Id}", wait.Dependency.Reason,
            new Dictionary<string, string>
            {
                [$"phase[{wait.Prerequisite}]"] = phase,
                [$"step[{wait.Prerequisite}]"] = wait.PrerequisiteStep.ToString(CultureInfo.InvariantCulture),
            },
            $"het advies voor {name} (fase {phase}) staat in stap {wait.PrerequisiteStep}, dit advies komt daarna");
    }

    private RuleTrace Trace(IFact fact, AdviceCandidate? subject = null)
    {
        var source = Linked(fact);
        return traces.Trace(source.Rule, source.Facts, subject);
    }

    private static ILinkedFactSource Linked(IFact fact) =>
        fact.Source as ILinkedFactSource ?? throw new InvalidOperationException($"{fact.Type.Name} was not yielded by a rule");

    // The facts a collection was aggregated from, as NRules recorded them (each read builds the list anew).
    private static IEnumerable<IFact> Members(IFact collection) => collection.Source?.Facts ?? [];
}
