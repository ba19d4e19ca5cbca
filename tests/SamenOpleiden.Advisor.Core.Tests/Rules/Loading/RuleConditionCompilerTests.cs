using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Facts;
using SamenOpleiden.Advisor.Core.Rules.Loading;

namespace SamenOpleiden.Advisor.Core.Tests.Rules.Loading;

// The compiler replaces RulesEngine's RuleExpressionParser for start-up speed; these pin that it means the same.
public class RuleConditionCompilerTests
{
    private static readonly ReSettings Settings = new() { CustomTypes = WorkflowParameters.FactTypes };
    private static readonly RuleParameter[] Tally = WorkflowParameters.ByWorkflow["RegionPhase"];

    public static TheoryData<TallyFacts> Tallies => new()
    {
        new TallyFacts(),
        new TallyFacts { Known = 11, Count1 = 2, Count2 = 4, Count3 = 5, RegionPhase = 2, LaggardCount = 1 },
        new TallyFacts { Known = 4, Unknown = 7, Count3 = 4, RegionPhase = 3, FrontrunnerCount = 2 },
    };

    [Theory]
    [MemberData(nameof(Tallies))]
    public void Compile_ExpressionsOfTheRules_DecideAsRulesEnginesParserDoes(TallyFacts tally)
    {
        string[] expressions =
        [
            "t.Known > 0 && 2 * (t.Count2 + t.Count3) > t.Known",
            "t.LaggardCount == 0 && t.FrontrunnerCount == 0",
            "2 * t.Unknown > t.Known + t.Unknown || t.RegionPhase == 3",
            "new[] { t.Count1, t.Count2, t.Count3 }.Max() == t.Count3",
        ];
        var ours = new RuleConditionCompiler(Settings);
        var rulesEngine = new RuleExpressionParser(Settings);

        foreach (var expression in expressions)
        {
            Assert.Equal(rulesEngine.Compile<bool>(expression, Tally)([tally]), ours.Compile(expression, Tally)([tally]));
        }
    }

    [Theory]
    [InlineData("t.Known >> 0")]
    [InlineData("t.Bekend > 0")]
    [InlineData("t.Known + 1")]
    [InlineData("u.Known > 0")]
    public void Compile_BrokenExpression_FailsWithRulesEnginesMessage(string expression)
    {
        var expected = Record.Exception(() => new RuleExpressionParser(Settings).Compile<bool>(expression, Tally));

        var actual = Record.Exception(() => new RuleConditionCompiler(Settings).Compile(expression, Tally));

        Assert.NotNull(expected);
        Assert.Equal(expected.GetType(), actual?.GetType());
        Assert.Equal(expected.Message, actual!.Message);
    }
}
