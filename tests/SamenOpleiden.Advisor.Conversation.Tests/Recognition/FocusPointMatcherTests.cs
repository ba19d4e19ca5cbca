using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Conversation.Tests.Recognition;

public sealed class FocusPointMatcherTests
{
    private static readonly FocusPointMatcher Matcher = new(TestRules.Evaluator.Typology);

    [Theory]
    [InlineData("financiën", "financien")]
    [InlineData("financen", "financien")]
    [InlineData("HR", "professionals-hr")]
    [InlineData("loopbaanontwikkeling", "loopbaan")]
    public void Match_NameOrTypo_FindsTheFocusPoint(string text, string id)
    {
        Assert.Equal(id, Matcher.Match(text)?.Id);
    }

    [Theory]
    [InlineData("staat financiën op fase 2", "financien")]
    [InlineData("is HR op 3 gezet", "professionals-hr")]
    [InlineData("het advies over loopbaanontwikkeling", "loopbaan")]
    public void FindIn_ShortSentenceNamingOneFocusPoint_FindsIt(string text, string id)
    {
        Assert.Equal(id, Matcher.FindIn(text)?.Id);
    }

    [Theory]
    [InlineData("HR en financiën")]
    [InlineData("dit advies")]
    public void FindIn_SentenceNamingNoneOrTwo_FindsNothing(string text)
    {
        Assert.Null(Matcher.FindIn(text));
    }
}
