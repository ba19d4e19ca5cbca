using SamenOpleiden.Advisor.Core.Rules.Facts;
using SamenOpleiden.Advisor.Rules.Advice;
using SamenOpleiden.Advisor.Rules.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Rules.Tests.Advice;

public class EerstSamenInKaartBrengenTests
{
    private static RuleSession CreateTarget() => RuleSession.Of(new EerstSamenInKaartBrengen(
        Given.Catalog(Given.Advice("samen-in-kaart-brengen")), Given.Weights(("Advice.EerstSamenInKaartBrengen", 60))));

    [Fact]
    public void Fire_MostFocusPointsUnknown_ProposesToMapTheCooperationFirst()
    {
        var region = Given.RegionOn(2, ("kwaliteit", null), ("doelstellingen", null), ("solidariteit", null), ("relaties", null),
            ("loopbaan", null), ("financien", null));

        var candidate = CreateTarget().Fire(region).Single<AdviceCandidate>();

        Assert.Equal(("samen-in-kaart-brengen", 60), (candidate.Advice.Id, candidate.Weight));
    }

    [Fact]
    public void Fire_HalfOrMoreKnown_ProposesNothing()
    {
        var region = Given.RegionOn(2, ("kwaliteit", null), ("doelstellingen", null), ("solidariteit", null), ("relaties", null), ("loopbaan", null));

        Assert.Empty(CreateTarget().Fire(region).Fired);
    }
}
