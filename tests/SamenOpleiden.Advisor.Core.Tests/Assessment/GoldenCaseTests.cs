using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Core.Tests.Assessment;

/// <summary>
/// The three shared region cases (shared/domain/cases) against their reference phases, and one test per expectation of
/// the overall reading in expected-phases.md.
/// </summary>
public class GoldenCaseTests
{
    // shared/domain/cases/expected-phases.md, column by column.
    public static TheoryData<string, string> ExpectedPhases => new()
    {
        { "vallei-en-velden", "kwaliteit=1 doelstellingen=1 solidariteit=1 professionals-hr=1 integraal-systeem=1 lerende-centraal=2 relaties=1 organisatiestructuur=1 toekomstbestendigheid=1 loopbaan=1 financien=1" },
        { "stad-en-streek", "kwaliteit=3 doelstellingen=3 solidariteit=2 professionals-hr=1 integraal-systeem=2 lerende-centraal=3 relaties=2 organisatiestructuur=3 toekomstbestendigheid=3 loopbaan=3 financien=3" },
        { "binnenmeren", "kwaliteit=1 doelstellingen=1 solidariteit=1 professionals-hr=1 integraal-systeem=1 lerende-centraal=1 relaties=1 organisatiestructuur=1 toekomstbestendigheid=1 loopbaan=1 financien=1" },
    };

    [Theory]
    [MemberData(nameof(ExpectedPhases))]
    public void Evaluate_SharedCase_GivesTheReferencePhases(string caseName, string expected)
    {
        var result = Evaluate(caseName);

        var actual = string.Join(" ", result.Phases.Select(p => $"{p.Key}={p.Value}"));
        Assert.Equal(expected, actual);
    }

    // "Vallei & Velden is a phase-1 region ("Functioneel Verbonden") moving towards phase 2"
    [Fact]
    public void Evaluate_ValleiEnVelden_IsAPhaseOneRegionWhoseFirstStepMovesTowardsPhaseTwo()
    {
        var result = Evaluate("vallei-en-velden");

        Assert.Equal((1, "Functioneel Verbonden"), (result.Typering.Phase, result.Typering.Name));
        Assert.InRange(result.Steps[0].Items.Count, 1, 3);
        Assert.All(result.Steps[0].Items.Where(i => i.Kind == "transition"), item => Assert.Equal((1, 2), (item.FromPhase, item.ToPhase)));
    }

    // "Stad & Streek is largely phase 3 ("Regionale Samenwerking") with HR involvement, solidarity agreements and
    // professionalisation lagging"
    [Fact]
    public void Evaluate_StadEnStreek_IsRegionaleSamenwerkingWithHrSolidarityAndProfessionalisationLagging()
    {
        var result = Evaluate("stad-en-streek");

        Assert.Equal((3, "Regionale Samenwerking"), (result.Typering.Phase, result.Typering.Name));
        Assert.Equal("professionals-hr", result.Typering.Laggards[0]);
        Assert.Contains("solidariteit", result.Typering.Laggards);
        Assert.Contains("integraal-systeem", result.Typering.Laggards);
        Assert.Contains("Achter blijven HR, solidariteit", result.Typering.Summary);
    }

    // "Binnenmeren is phase 1 on every point"
    [Fact]
    public void Evaluate_Binnenmeren_IsFunctioneelVerbondenOnEveryPoint()
    {
        var result = Evaluate("binnenmeren");

        Assert.All(result.Phases.Values, phase => Assert.Equal(1, phase));
        Assert.Equal("Functioneel Verbonden", result.Typering.Name);
        Assert.Equal("Alle bekende focuspunten staan op deze fase.", result.Typering.Summary);
    }

    // "A good advisor tells Stad & Streek to work on its laggards (HR, ...)"
    [Fact]
    public void Evaluate_StadEnStreek_WorksOnHrInStepOneThroughTheRegieItHas()
    {
        var hr = Assert.Single(Evaluate("stad-en-streek").Steps[0].Items, i => i.FocusPoint == "professionals-hr");

        Assert.Equal("professionals-hr-aansluiten", hr.Id);
        Assert.DoesNotContain(hr.Actions, a => a.Contains("loket", StringComparison.OrdinalIgnoreCase));
    }

    // "... placement and appointment agreements ..."
    [Fact]
    public void Evaluate_StadEnStreek_MakesAppointmentAndPlacementAgreementsThroughTheExistingRegie()
    {
        var solidarity = Assert.Single(Evaluate("stad-en-streek").Steps[0].Items, i => i.FocusPoint == "solidariteit");

        Assert.Contains(solidarity.Actions, a => a.Contains("aanstelling") && a.Contains("doorplaatsing") && a.Contains("bestaande regie"));
        Assert.DoesNotContain(solidarity.Actions, a => a.Contains("extra studenten", StringComparison.OrdinalIgnoreCase));
    }

    // "... professionalisation ..."
    [Fact]
    public void Evaluate_StadEnStreek_BringsProfessionalisationIntoOneContinuumInTheFirstTwoSteps()
    {
        var firstTwo = Evaluate("stad-en-streek").Steps.Take(2).SelectMany(s => s.Items);

        Assert.Contains(firstTwo, i => i.Id == "integraal-systeem-2-naar-3" && i.Title.Contains("professionaliseren"));
    }

    // "... zij-instromers ..."
    [Fact]
    public void Evaluate_StadEnStreek_GivesZijInstromersARegionalRouteWithThePdgForMbo()
    {
        var route = Assert.Single(Evaluate("stad-en-streek").Steps.Take(2).SelectMany(s => s.Items), i => i.Id == "route-zij-instromers");

        Assert.Contains(route.Actions, a => a.Contains("PDG"));
    }

    // "... not to repeat what it already does well."
    [Fact]
    public void Evaluate_StadEnStreek_IsNotToldToRedoWhatStandsOnPhaseThree()
    {
        var result = Evaluate("stad-en-streek");

        var atThree = result.Phases.Where(p => p.Value == 3).Select(p => p.Key).ToHashSet();
        var items = result.Steps.SelectMany(s => s.Items).ToList();
        Assert.DoesNotContain(items, i => i.FocusPoint is not null && atThree.Contains(i.FocusPoint) && i.Kind == "transition");
        Assert.DoesNotContain(result.Steps.Take(2).SelectMany(s => s.Items), i => i.Kind == "deepen");
    }

    [Fact]
    public void Evaluate_Binnenmeren_AsKrimpregioStartsWithPlacementAndAppointmentInStepOne()
    {
        var placement = Assert.Single(Evaluate("binnenmeren").Steps[0].Items, i => i.FocusPoint == "solidariteit");

        Assert.Equal("solidariteit-plaatsing-krimp", placement.Id);
        Assert.Contains("Advice.KrimpregioPlaatsingEerst", placement.RuleIds);
        Assert.DoesNotContain(placement.Actions, a => a.Contains("concurreren om personeel") || a.Contains("samenwerkingsovereenkomst met"));
    }

    [Fact]
    public void Evaluate_Binnenmeren_LinksItsSectorPartnershipsInsteadOfInvitingMbo()
    {
        var items = Evaluate("binnenmeren").Steps.SelectMany(s => s.Items).ToList();

        Assert.Contains(items, i => i.Id == "relaties-partnerschappen-verbinden");
        Assert.DoesNotContain(items, i => i.Id == "mbo-betrekken" || i.Actions.Any(a => a.Contains("ontbrekende sectoren")));
    }

    [Fact]
    public void Evaluate_TheThreeCases_EachGetTheirOwnFirstStep()
    {
        var stepOnes = new[] { "vallei-en-velden", "stad-en-streek", "binnenmeren" }
            .Select(name => string.Join(",", Evaluate(name).Steps[0].Items.Select(i => i.Id).Order()))
            .ToList();

        Assert.Equal(3, stepOnes.Distinct().Count());
    }

    private static AssessmentResult Evaluate(string caseName) => TestRules.Evaluator.Evaluate(TestRules.Case(caseName));
}
