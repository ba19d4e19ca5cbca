using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Rephrasing.Guard;
using SamenOpleiden.Advisor.Rephrasing.Tests.TestSupport;
using static SamenOpleiden.Advisor.Rephrasing.Tests.TestSupport.AdviceFixtures;
using SamenOpleiden.Advisor.Testing;

namespace SamenOpleiden.Advisor.Rephrasing.Tests.Guard;

/// <summary>The guard alone: what it lets through (so good rephrasings are shown) and the edges of what it refuses.</summary>
public sealed class AdviceGuardTests
{
    private static readonly GuardContext Context = GuardContext.Create(Result(), RealRules.Evaluator.Typology, remarks: null);

    [Fact]
    public void Check_AnswerInACodeFence_PassesWithTheTexts()
    {
        var verdict = AdviceGuard.Check("```json\n" + Answer(GoodTexts) + "\n```", Context);

        Assert.True(verdict.Passed, verdict.Detail);
        Assert.Equal(GoodTexts.Count, verdict.Texts!.Count);
    }

    [Fact]
    public void Check_RegionNameAndProfileSectorsMidSentence_AreNotInventedNames()
    {
        var answer = Answer(GoodTextsWith("organisatiestructuur-1-naar-2", t => t + " Zo krijgt Onderwijsregio Zuidoost één gezicht voor PO, VO en MBO."));

        var verdict = AdviceGuard.Check(answer, Context);

        Assert.True(verdict.Passed, verdict.Detail);
    }

    [Fact]
    public void Check_ShortNameOfOwnFocusPoint_CountsAsNamingIt()
    {
        // "HR" is the short name of "Samenwerking professionals incl. HR".
        var answer = Answer(GoodTextsWith("professionals-hr-1-naar-2", t => t.Replace("Bij de samenwerking van professionals, inclusief HR, zetten", "Met HR zetten")));

        Assert.True(AdviceGuard.Check(answer, Context).Passed);
    }

    [Fact]
    public void Check_PhaseNameInLowerCase_IsNotNamedAsInTheTypology()
    {
        var answer = Answer(GoodTextsWith("kwaliteit-verdiepen", t => t.Replace("Regionale Samenwerking", "regionale samenwerking")));

        Assert.Equal(RephrasingFallbackReason.PhaseMissing, AdviceGuard.Check(answer, Context).Reason);
    }

    [Fact]
    public void Check_NumbersFromTheProfile_AreAllowed()
    {
        var answer = Answer(GoodTextsWith("professionals-hr-1-naar-2", t => t + " Met 3 partnerschappen en een realisatiegraad van 60 is dat goed te doen."));

        var verdict = AdviceGuard.Check(answer, Context);

        Assert.True(verdict.Passed, verdict.Detail);
    }

    [Fact]
    public void Check_PercentageTheItemDoesNotHave_IsAnInventedAmount()
    {
        var answer = Answer(GoodTextsWith("professionals-hr-1-naar-2", t => t + " Met een realisatiegraad van 60 procent is dat goed te doen."));

        var verdict = AdviceGuard.Check(answer, Context);

        Assert.Equal(RephrasingFallbackReason.InventedFact, verdict.Reason);
        Assert.Contains("procent", verdict.Detail);
    }

    [Fact]
    public void Check_NumberWordNotInTheRules_IsAnInventedFact()
    {
        var answer = Answer(GoodTextsWith("organisatiestructuur-1-naar-2", t => t + " Begin met vijf scholen."));

        Assert.Equal(RephrasingFallbackReason.InventedFact, AdviceGuard.Check(answer, Context).Reason);
    }

    [Fact]
    public void Check_SubsidieWhereTheRuleTextHasIt_IsNoCommitment()
    {
        // The financien item itself speaks of "de subsidie voor de onderwijsregio"; the good answer repeats it.
        var verdict = AdviceGuard.Check(Answer(GoodTexts), Context);

        Assert.True(verdict.Passed, verdict.Detail);
        Assert.Contains("subsidie", verdict.Texts!["financien-1-naar-2"]);
    }

    [Fact]
    public void Check_SubsidieAddedToAnotherItem_IsACommitment()
    {
        var answer = Answer(GoodTextsWith("professionals-hr-1-naar-2", t => t + " Hiervoor is subsidie beschikbaar."));

        Assert.Equal(RephrasingFallbackReason.Commitment, AdviceGuard.Check(answer, Context).Reason);
    }

    [Fact]
    public void Check_DuplicatedOrUnknownItem_IsAMissingItem()
    {
        var duplicated = Answer(GoodTexts.Append(GoodTexts[0]));
        var unknown = Answer(GoodTexts.Append(("loopbaan-1-naar-2", GoodTexts[0].Text)));

        Assert.Equal(RephrasingFallbackReason.MissingItem, AdviceGuard.Check(duplicated, Context).Reason);
        Assert.Equal(RephrasingFallbackReason.MissingItem, AdviceGuard.Check(unknown, Context).Reason);
    }

    [Fact]
    public void Check_GeneralAdviceWithoutFocusPoint_NeedsNoFocusPointOrPhase()
    {
        // Arrange: a profile item for the whole region.
        var general = new AdviceResultItem("regio-netwerk", null, "general", null, null, "Bouw het regionale netwerk uit",
            ["Organiseer een regionale dag voor alle opleiders en schoolleiders."], "regiocoördinator", ["regiocoördinator"], "dit schooljaar", null, [], []);
        var result = Result() with { Steps = [new RoadmapStep(1, "Stap 1 — nu", [general])] };
        var context = GuardContext.Create(result, RealRules.Evaluator.Typology, remarks: null);
        var answer = Answer([("regio-netwerk", "Bouw samen het regionale netwerk uit: organiseer dit schooljaar een regionale dag voor alle opleiders en schoolleiders, met de regiocoördinator als trekker.")]);

        // Act
        var verdict = AdviceGuard.Check(answer, context);

        // Assert
        Assert.True(verdict.Passed, verdict.Detail);
    }

    [Fact]
    public void Check_TooShortToKeepTheContent_FailsOnLength()
    {
        var answer = Answer(GoodTextsWith("organisatiestructuur-1-naar-2", _ => "Organisatiestructuur: naar Samenwerkend Systeem."));

        Assert.Equal(RephrasingFallbackReason.Length, AdviceGuard.Check(answer, Context).Reason);
    }
}
