using NRules.Fluent;
using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Compiling;
using SamenOpleiden.Advisor.Core.Tests.TestSupport;
using SamenOpleiden.Advisor.Rules;
using SamenOpleiden.Advisor.Rules.Typering;

namespace SamenOpleiden.Advisor.Core.Tests.Rules.Compiling;

/// <summary>The rules version covers the rule code, and reads the same wherever and however often the rules are loaded.</summary>
public class CanonicalRuleTextTests
{
    [Fact]
    public void Of_EveryCompiledRule_HoldsNoPathAndNoNameNRulesCountsPerProcess()
    {
        var (rules, _) = RuleSetLoader.Load(TestRules.Directory, AdvisorRuleSet.Assembly);

        Assert.All(rules!.Rules.Select(CanonicalRuleText.Of), text =>
        {
            Assert.DoesNotContain(AppContext.BaseDirectory.TrimEnd('/'), text);
            Assert.DoesNotContain("/work/", text);
            Assert.DoesNotMatch(@"\$var\d+\$", text);
        });
    }

    [Fact]
    public void Of_SameRuleLoadedTwice_IsTheSameText()
    {
        var first = CanonicalRuleText.Of(new RuleDefinitionFactory().Create(new RegionaleSamenwerking()));
        var second = CanonicalRuleText.Of(new RuleDefinitionFactory().Create(new RegionaleSamenwerking()));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Of_RuleWhoseConditionChanged_IsAnotherText()
    {
        var original = CanonicalRuleText.Of(new RuleDefinitionFactory().Create(new RegionaleSamenwerking()));
        var changed = CanonicalRuleText.Of(new RuleDefinitionFactory().Create(new ChangedRegionaleSamenwerking()));

        Assert.NotEqual(original, changed);
        Assert.Contains("MostOnThree", original);
    }

    [Name("Typering.RegionaleSamenwerking"), Description("Dezelfde naam, een andere voorwaarde.")]
    public sealed class ChangedRegionaleSamenwerking() : RegionPhaseRule(3, t => t.Count3 > 0);
}
