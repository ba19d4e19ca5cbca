using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Core.Tests.Assessment;

/// <summary>
/// Regions with equal phases but different profiles get a different first step where the domain brief (section 13)
/// says an adviser would start elsewhere.
/// </summary>
public class ProfileShapesStepOneTests
{
    private static readonly RegionProfile Krimpregio = new() { RegionType = "krimp", Partnerships = 3, Sectors = ["po", "vo"], ZijInstromers = "buiten" };
    private static readonly RegionProfile Tekortregio = Krimpregio with { RegionType = "tekort" };

    [Fact]
    public void Evaluate_SamePhasesKrimpOrTekort_KrimpStartsWithPlacementTekortWithTheZijInstroomRoute()
    {
        var krimp = StepOne(Krimpregio);
        var tekort = StepOne(Tekortregio);

        Assert.Contains("solidariteit-plaatsing-krimp", krimp);
        Assert.DoesNotContain("route-zij-instromers", krimp);
        Assert.Contains("route-zij-instromers", tekort);
        Assert.DoesNotContain("solidariteit-plaatsing-krimp", tekort);
    }

    [Fact]
    public void Evaluate_SamePhasesManyPartnerships_StartsWithAMandateAndClustersNotAnotherPlatform()
    {
        var fragmented = StepOne(Tekortregio with { Partnerships = 10 });

        Assert.Contains("organisatiestructuur-mandaat-en-clusters", fragmented);
        Assert.DoesNotContain("organisatiestructuur-1-naar-2", fragmented);
    }

    [Fact]
    public void Evaluate_KrimpregioWithSolidariteitBehindAndRegieOnThree_MakesPlacementAgreementsThroughThatRegie()
    {
        var answers = TestRules.Uniform(3).Answers.ToDictionary(a => a.Key, a => a.Value);
        answers["solidariteit"] = 1;

        var stepOne = TestRules.Evaluator.Evaluate(new AssessmentInput { Profile = Krimpregio, Answers = answers }).Steps[0].Items;

        var placement = Assert.Single(stepOne, i => i.FocusPoint == "solidariteit");
        Assert.Equal("solidariteit-plaatsing-krimp-via-regie", placement.Id);
        Assert.DoesNotContain(placement.Actions, a => a.Contains("concurreren om personeel"));
    }

    private static List<string> StepOne(RegionProfile profile) =>
        TestRules.Evaluator.Evaluate(TestRules.Uniform(1) with { Profile = profile }).Steps[0].Items.Select(i => i.Id).ToList();
}
