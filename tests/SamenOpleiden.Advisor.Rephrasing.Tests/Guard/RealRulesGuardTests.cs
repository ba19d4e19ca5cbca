using SamenOpleiden.Advisor.Rephrasing.Guard;
using SamenOpleiden.Advisor.Rephrasing.Tests.TestSupport;
using static SamenOpleiden.Advisor.Rephrasing.Tests.TestSupport.AdviceFixtures;
using SamenOpleiden.Advisor.Testing;

namespace SamenOpleiden.Advisor.Rephrasing.Tests.Guard;

/// <summary>The guard over results of the real rules/: it must not refuse faithful rephrasings of real advice, and must refuse the bad ones.</summary>
public sealed class RealRulesGuardTests
{
    [Fact]
    public void Check_FaithfulRephrasingOfEveryRealResult_Passes()
    {
        var checkedItems = 0;
        foreach (var (name, result) in AdviceSamples.Results())
        {
            // Act
            var context = GuardContext.Create(result, RealRules.Evaluator.Typology, remarks: null);
            var verdict = AdviceGuard.Check(Answer(AdviceSamples.FaithfulTexts(result)), context);

            // Assert
            Assert.True(verdict.Passed, $"{name}: {verdict.Reason} {verdict.Detail}");
            checkedItems += context.Items.Count;
        }

        Assert.True(checkedItems > 30, $"only {checkedItems} advice items were checked");
    }

    [Fact]
    public void Check_RealResultWithAnItemDroppedOrAPhaseSwapped_Fails()
    {
        var (_, result) = AdviceSamples.Results().First(r => r.Result.Steps.SelectMany(s => s.Items).Count(i => i.ToPhase == 2) >= 2);
        var context = GuardContext.Create(result, RealRules.Evaluator.Typology, remarks: null);
        var texts = AdviceSamples.FaithfulTexts(result);
        var swapped = texts.Select(t => (t.Id, t.Text.Replace("naar Samenwerkend Systeem", "naar Regionale Samenwerking"))).ToList();

        Assert.Equal(RephrasingFallbackReason.MissingItem, AdviceGuard.Check(Answer(texts.Skip(1)), context).Reason);
        Assert.Equal(RephrasingFallbackReason.PhaseMissing, AdviceGuard.Check(Answer(swapped), context).Reason);
    }
}
