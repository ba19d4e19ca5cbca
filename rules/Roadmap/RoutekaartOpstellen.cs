using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Advice;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Roadmap;

/// <summary>
/// The last rule of the chain: once the region's phase is known, it collects every advice candidate (weighed by the
/// priority rules, which fire before it in each cycle) and every follow-up once, and draws up the roadmap
/// (roadmap.json: steps, limits, dependencies).
/// </summary>
[Name("Roadmap.RoutekaartOpstellen"), Tag("Roadmap"), Priority(RuleStages.Roadmap)]
[Description("De adviezen staan op volgorde van voorrang in de eerste stap met ruimte: stap 1 hooguit drie, de andere stappen hooguit vier.")]
public sealed class RoutekaartOpstellen(RoadmapPlanner planner) : Rule
{
    public override void Define()
    {
        var roadmap = planner;
        Conclusion conclusion = null!;
        RegionPhase region = null!;
        IEnumerable<AdviceCandidate> candidates = null!;
        IEnumerable<RaisedFollowUp> followUps = null!;

        When()
            .Match(() => conclusion)
            .Match(() => region)
            .Query(() => candidates, q => q.Match<AdviceCandidate>().Collect())
            .Query(() => followUps, q => q.Match<RaisedFollowUp>().Collect());
        Then()
            .Do(ctx => conclusion.Record(roadmap.Plan(candidates), ctx.Match));
    }
}
