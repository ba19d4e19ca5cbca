using SamenOpleiden.Advisor.Core.Rules.Facts;
using SamenOpleiden.Advisor.Rules.Advice;
using SamenOpleiden.Advisor.Rules.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Rules.Tests.Advice;

/// <summary>VolgendeFase and VasthoudenEnVerdiepen: every focus point with a phase gets the advice of that phase.</summary>
public class PhaseAdviceTests
{
    private static RuleSession CreateTarget() => RuleSession.Of(new VolgendeFase(Given.Catalog()), new VasthoudenEnVerdiepen(Given.Catalog(), Given.Weights(("Advice.VasthoudenEnVerdiepen", -40))));

    [Theory]
    [InlineData(1, "kwaliteit-1-2", AdviceKinds.Transition, "Advice.VolgendeFase", 0)]
    [InlineData(2, "kwaliteit-2-3", AdviceKinds.Transition, "Advice.VolgendeFase", 0)]
    [InlineData(3, "kwaliteit-3", AdviceKinds.Deepen, "Advice.VasthoudenEnVerdiepen", -40)]
    public void Fire_FocusPointOnAPhase_ProposesTheAdviceOfThatPhaseWithItsWeight(int phase, string advice, string kind, string rule, int weight)
    {
        var session = CreateTarget().Fire(Given.Phase("kwaliteit", phase));

        Assert.Equal(rule, Assert.Single(session.Fired).Rule);
        var candidate = session.Single<AdviceCandidate>();
        Assert.Equal((advice, kind, (int?)phase, weight), (candidate.Advice.Id, candidate.Kind, candidate.Phase, candidate.Weight));
    }

    [Fact]
    public void Fire_UnknownPhase_ProposesNothing()
    {
        var session = CreateTarget().Fire(Given.Phase("kwaliteit", null));

        Assert.Empty(session.Facts<AdviceCandidate>());
    }
}
