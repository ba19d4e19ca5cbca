using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Tests.Support;

namespace SamenOpleiden.Advisor.Core.Tests.Assessment;

/// <summary>The three shared region cases (shared/domain/cases) against their reference phases and the advice a coordinator expects.</summary>
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
        var result = TestRules.Evaluator.Evaluate(TestRules.Case(caseName));

        var actual = string.Join(" ", result.Phases.Select(p => $"{p.Key}={p.Value}"));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Evaluate_ValleiEnVelden_IsFunctioneelVerbondenWithStepOneFromPhaseOneToTwo()
    {
        var result = TestRules.Evaluator.Evaluate(TestRules.Case("vallei-en-velden"));

        Assert.Equal(1, result.Typering.Phase);
        Assert.Equal("Functioneel Verbonden", result.Typering.Name);
        var stepOne = result.Steps[0].Items;
        Assert.InRange(stepOne.Count, 1, 3);
        Assert.All(stepOne, item => Assert.Equal((1, 2), (item.FromPhase, item.ToPhase)));
    }

    [Fact]
    public void Evaluate_Binnenmeren_StartsWithRegionalCoordinationAndASharedQualityLanguage()
    {
        var result = TestRules.Evaluator.Evaluate(TestRules.Case("binnenmeren"));

        Assert.Equal("Functioneel Verbonden", result.Typering.Name);
        var stepOne = result.Steps[0].Items.Select(i => i.Id).ToList();
        Assert.Contains("organisatiestructuur-1-naar-2", stepOne);
        Assert.Contains("kwaliteit-1-naar-2", stepOne);
        Assert.Contains(result.Steps[0].Items, i => i.Actions.Any(a => a.Contains("regiocoördinator")));
        Assert.Contains(result.Steps[0].Items, i => i.Actions.Any(a => a.Contains("Kwaliteitskader")));
    }

    [Fact]
    public void Evaluate_Binnenmeren_AsKrimpregioGetsPlacementAgreementsAcrossBoardsSoon()
    {
        var result = TestRules.Evaluator.Evaluate(TestRules.Case("binnenmeren"));

        var placement = result.Steps.Take(2).SelectMany(s => s.Items).Single(i => i.Id == "plaatsingsafspraken-krimp");
        Assert.Contains("ExtraAdvice.KrimpregioZwakOpSolidariteit", placement.RuleIds);
    }

    [Fact]
    public void Evaluate_StadEnStreek_WorksOnItsLaggardsFirst()
    {
        var result = TestRules.Evaluator.Evaluate(TestRules.Case("stad-en-streek"));

        Assert.Equal("Regionale Samenwerking", result.Typering.Name);
        Assert.Contains("HR", result.Typering.Summary);
        Assert.Contains("solidariteit", result.Typering.Summary);
        var firstTwoSteps = result.Steps.Take(2).SelectMany(s => s.Items).ToList();
        Assert.Contains(firstTwoSteps, i => i.FocusPoint == "professionals-hr");
        Assert.Contains(firstTwoSteps, i => i.FocusPoint == "solidariteit" && i.Actions.Any(a => a.Contains("aanstelling") && a.Contains("doorplaatsing")));
        Assert.Contains(firstTwoSteps, i => i.FocusPoint == "integraal-systeem" && i.Title.Contains("professionaliseren", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(firstTwoSteps, i => i.Id == "zij-instromers-binnenhalen");
        Assert.All(firstTwoSteps, i => Assert.NotEqual("deepen", i.Kind));
    }

    [Fact]
    public void Evaluate_StadEnStreek_IsNeverToldToRedoWhatItDoesAtPhaseThree()
    {
        var result = TestRules.Evaluator.Evaluate(TestRules.Case("stad-en-streek"));

        var atThree = result.Phases.Where(p => p.Value == 3).Select(p => p.Key).ToHashSet();
        var items = result.Steps.SelectMany(s => s.Items).Where(i => i.FocusPoint is not null && atThree.Contains(i.FocusPoint) && i.Kind != "profile");
        Assert.All(items, item => Assert.Equal("deepen", item.Kind));
    }
}
