using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Core.Tests.Assessment;

public class AssessmentEvaluatorTests
{
    private static IAssessmentEvaluator CreateTarget() => TestRules.Evaluator;

    [Fact]
    public void Evaluate_WeetIkNiet_LeavesThePhaseUnknownAndSaysSoInTheRegionsWords()
    {
        var input = TestRules.Uniform(2) with { Answers = WithAnswer(TestRules.Uniform(2), "loopbaan", null) };

        var result = CreateTarget().Evaluate(input);

        Assert.Null(result.Phases["loopbaan"]);
        var trace = Assert.Single(result.PhaseTrace["loopbaan"]);
        Assert.Equal("Phase.WeetIkNiet", trace.RuleId);
        Assert.StartsWith("Bij loopbaanontwikkeling antwoordden jullie 'weet ik niet'.", trace.Text);
        Assert.Contains("Nog onbekend: 1 van de 11 focuspunten.", result.Typering.Summary);
    }

    [Fact]
    public void Evaluate_NothingKnown_StillGivesATyperingAndAFirstStep()
    {
        var result = CreateTarget().Evaluate(TestRules.Uniform(null));

        Assert.Null(result.Typering.Phase);
        Assert.Equal("Nog niet te bepalen", result.Typering.Name);
        Assert.Equal("samen-in-kaart-brengen", Assert.Single(result.Steps[0].Items).Id);
    }

    [Fact]
    public void Evaluate_FinancienAheadOfALightPlatform_RaisesAFollowUpAndKeepsThePhaseUntilAnswered()
    {
        var input = TestRules.Uniform(1) with { Answers = WithAnswer(TestRules.Uniform(1), "financien", 3) };

        var result = CreateTarget().Evaluate(input);

        var followUp = Assert.Single(result.FollowUps);
        Assert.Equal(("Consistency.FinancienVoorOpOrganisatiestructuur", "financien", (int?)null), (followUp.Id, followUp.FocusPoint, followUp.Answer));
        Assert.Equal(3, result.Phases["financien"]);
        Assert.Equal("3", followUp.Trace[0].Used["answer[financien]"]);
        Assert.Equal("1", followUp.Trace[0].Used["answer[organisatiestructuur]"]);
        Assert.StartsWith("Jullie kozen fase 3 voor financiën en fase 1 voor organisatiestructuur.", followUp.Trace[0].Text);
    }

    [Fact]
    public void Evaluate_FollowUpAnsweredWithALowerPhase_AdjustsThePhaseWithItsReason()
    {
        var input = new AssessmentInput
        {
            Answers = WithAnswer(TestRules.Uniform(1), "financien", 3),
            FollowUpAnswers = new Dictionary<string, int> { ["Consistency.FinancienVoorOpOrganisatiestructuur"] = 2 },
        };

        var result = CreateTarget().Evaluate(input);

        Assert.Equal(2, result.Phases["financien"]);
        Assert.Equal(2, Assert.Single(result.FollowUps).Answer);
        var trace = Assert.Single(result.PhaseTrace["financien"]);
        Assert.Equal("Phase.BijgesteldNaVervolgvraag", trace.RuleId);
        Assert.Equal("2", trace.Used["followUp[Consistency.FinancienVoorOpOrganisatiestructuur]"]);
        Assert.Contains("na de vervolgvraag bevestigden jullie fase 2 voor financiën", trace.Text);
    }

    [Fact]
    public void Evaluate_Ambition_MovesThatFocusPointIntoStepOne()
    {
        var input = TestRules.Uniform(2) with { Ambition = ["relaties"] };

        var result = CreateTarget().Evaluate(input);

        var item = Assert.Single(result.Steps[0].Items, i => i.FocusPoint == "relaties");
        Assert.Contains("Priority.AmbitieVanDeRegio", item.RuleIds);
        Assert.Contains(item.Trace, t => t.Text.StartsWith("Jullie willen als eerste bewegen op relaties.", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_FinancienAsAmbitionWhileStructureLags_ComesAfterTheStructureStep()
    {
        var input = TestRules.Uniform(1) with { Ambition = ["financien"] };

        var result = CreateTarget().Evaluate(input);

        var stepOf = result.Steps.SelectMany(s => s.Items.Select(i => (i.Id, s.Step))).ToDictionary(x => x.Id, x => x.Step);
        Assert.True(stepOf["financien-1-naar-2"] > stepOf["organisatiestructuur-1-naar-2"]);
        var financien = result.Steps.SelectMany(s => s.Items).Single(i => i.Id == "financien-1-naar-2");
        Assert.Contains("Roadmap.FinancienNaOrganisatiestructuurEnDoelen", financien.RuleIds);
    }

    [Fact]
    public void Evaluate_LaggingItem_ExplainsWhyInTheRegionsOwnTerms()
    {
        var result = CreateTarget().Evaluate(TestRules.Case("stad-en-streek"));

        var hr = result.Steps[0].Items.Single(i => i.FocusPoint == "professionals-hr");
        var laggard = hr.Trace.Single(t => t.RuleId == "Priority.AchterblijverOpDeRegio");
        Assert.Equal("1", laggard.Used["phase[professionals-hr]"]);
        Assert.Equal("3", laggard.Used["regionPhase"]);
        Assert.StartsWith("Jullie regio als geheel staat op fase 3.", laggard.Text);
        Assert.StartsWith("HR staat op fase 1 en organisatiestructuur staat op fase 3.", hr.Trace[0].Text);
        Assert.All(result.Steps.SelectMany(s => s.Items), item => Assert.NotEmpty(item.RuleIds));
    }

    [Fact]
    public void Evaluate_ItemsThatDidNotFit_AreListedForLater()
    {
        var result = CreateTarget().Evaluate(TestRules.Uniform(1));

        Assert.Equal(11, result.Steps.Sum(s => s.Items.Count) + result.Later.Count);
        Assert.All(result.Later, item => Assert.DoesNotContain(result.Steps.SelectMany(s => s.Items), i => i.Id == item.Id));
    }

    [Theory]
    [InlineData("""{"answers": {"kwalitiet": 1}}""", "onbekend focuspunt 'kwalitiet'")]
    [InlineData("""{"answers": {"kwaliteit": 4}}""", "moet 1, 2, 3 of null")]
    [InlineData("""{"ambition": ["geld"]}""", "onbekend focuspunt 'geld' in ambition")]
    [InlineData("""{"profile": {"regionType": "groei"}}""", "profile.regionType")]
    [InlineData("""{"profile": {"realisatiegraad": 140}}""", "0 tot 100")]
    [InlineData("""{"followUpAnswers": {"Consistency.Bestaat.Niet": 2}}""", "onbekende vervolgvraag")]
    public void Evaluate_InputTheRulesCannotJudge_ThrowsNamingTheProblem(string json, string expected)
    {
        var input = AssessmentInputReader.Parse(json);

        var error = Assert.Throws<AssessmentInputException>(() => CreateTarget().Evaluate(input));

        Assert.Contains(expected, error.Message);
    }

    private static Dictionary<string, int?> WithAnswer(AssessmentInput input, string focusPoint, int? phase) =>
        new(input.Answers) { [focusPoint] = phase };
}
