using SamenOpleiden.Advisor.Core.Advice;
using SamenOpleiden.Advisor.Core.Rules.Facts;
using SamenOpleiden.Advisor.Rules.Roadmap;
using SamenOpleiden.Advisor.Rules.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Rules.Tests.Roadmap;

public class RoutekaartOpstellenTests
{
    private static readonly RoadmapSettings Settings = new(
        [new StepSetting(1, "Stap 1", 3, 0, "dit schooljaar"), new StepSetting(2, "Stap 2", 4, -20, "1-2 jaar"), new StepSetting(3, "Stap 3", 4, null, "2-3 jaar")],
        [new Dependency("FinancienNaOrganisatiestructuur", "financien", ["organisatiestructuur"], "Reden.")]);

    private static RuleSession CreateTarget(RoadmapSettings? settings = null) =>
        RuleSession.Of(new RoutekaartOpstellen(new RoadmapPlanner(settings ?? Settings, Given.Typology())));

    [Fact]
    public void Fire_ScoredCandidates_DrawsUpTheRoadmapHighestScoreFirstWithinTheStepLimits()
    {
        var candidates = Given.FocusPoints.Select((f, i) => Given.Candidate(f, 1, weight: 100 - i)).ToList();
        candidates.Add(Given.Candidate("extra", null, AdviceKinds.General, weight: 50));
        var conclusion = new Conclusion();

        CreateTarget(Settings with { Dependencies = [] }).Fire([conclusion, Given.RegionOn(1), .. candidates]);

        var roadmap = conclusion.Roadmap!;
        Assert.Equal([3, 4, 4], roadmap.Steps.Select(s => s.Items.Count));
        Assert.Equal(candidates.Take(3), roadmap.Steps[0].Items.Select(i => i.Candidate));
        Assert.Equal(["extra-general"], roadmap.Later.Select(i => i.Candidate.Advice.Id));
    }

    [Fact]
    public void Fire_VariantAndTransitionForOneFocusPoint_OnlyTheBestScoringReachesTheRoadmap()
    {
        var transition = Given.Candidate("solidariteit", 1);
        var variant = new AdviceCandidate(Given.Advice("solidariteit-plaatsing-krimp", "solidariteit", variant: true), AdviceKinds.Profile, 1, 45);
        var conclusion = new Conclusion();

        CreateTarget().Fire(conclusion, Given.RegionOn(1), transition, variant);

        var item = Assert.Single(conclusion.Roadmap!.Steps[0].Items);
        Assert.Same(variant, item.Candidate);
        Assert.Same(transition, Assert.Single(item.Replaced));
    }

    [Fact]
    public void Fire_DependentTransition_ComesInAStepAfterItsPrerequisite()
    {
        var structure = Given.Candidate("organisatiestructuur", 1);
        var finance = Given.Candidate("financien", 1, weight: 50);
        var conclusion = new Conclusion();

        CreateTarget().Fire(conclusion, Given.RegionOn(1), structure, finance);

        var steps = conclusion.Roadmap!.Steps;
        Assert.Same(structure, Assert.Single(steps[0].Items).Candidate);
        var waited = Assert.Single(steps[1].Items);
        Assert.Same(finance, waited.Candidate);
        Assert.Equal("organisatiestructuur", Assert.Single(waited.Waits).Prerequisite);
    }
}
