using SamenOpleiden.Advisor.Core.Rules.Facts;
using SamenOpleiden.Advisor.Rules.Tests.TestSupport;
using SamenOpleiden.Advisor.Rules.Typering;

namespace SamenOpleiden.Advisor.Rules.Tests.Typering;

/// <summary>The four region phase rules together: their tallies exclude each other, so one of them fires, once.</summary>
public class RegionPhaseRulesTests
{
    private static RuleSession CreateTarget() =>
        RuleSession.Of(new RegionaleSamenwerking(), new SamenwerkendSysteem(), new FunctioneelVerbonden(), new NogNietTeBepalen());

    public static TheoryData<string, int?, string> Tallies => new()
    {
        { "3 3 3 3 3 3 1 1 1 1 1", 3, "Typering.RegionaleSamenwerking" },
        { "3 3 3 3 3 2 2 2 1 1 1", 2, "Typering.SamenwerkendSysteem" },
        { "3 3 2 2 2 1 1 1 1 1 1", 1, "Typering.FunctioneelVerbonden" },
        { "3 3 3 ? ? ? ? ? ? ? ?", 3, "Typering.RegionaleSamenwerking" },
        { "? ? ? ? ? ? ? ? ? ? ?", null, "Typering.NogNietTeBepalen" },
    };

    [Theory]
    [MemberData(nameof(Tallies))]
    public void Fire_PhasesOfAllFocusPoints_OneRuleDecidesTheRegionPhase(string phases, int? expected, string rule)
    {
        var facts = phases.Split(' ').Select((p, i) => Given.Phase(Given.FocusPoints[i], p == "?" ? null : int.Parse(p))).ToArray<object>();

        var session = CreateTarget().Fire(facts);

        Assert.Equal(rule, Assert.Single(session.Fired).Rule);
        Assert.Equal(expected, session.Single<RegionPhase>().Phase);
    }

    [Fact]
    public void Fire_RegionOnThree_NamesItsLaggardsFurthestBehindFirst()
    {
        var facts = Given.Phases(3, ("solidariteit", 2), ("professionals-hr", 1), ("relaties", 2)).ToArray<object>();

        var region = CreateTarget().Fire(facts).Single<RegionPhase>();

        Assert.Equal(["professionals-hr", "solidariteit", "relaties"], region.Laggards);
        Assert.Empty(region.Frontrunners);
    }
}
