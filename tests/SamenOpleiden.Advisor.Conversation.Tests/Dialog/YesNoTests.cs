using SamenOpleiden.Advisor.Conversation.Dialog;

namespace SamenOpleiden.Advisor.Conversation.Tests.Dialog;

public sealed class YesNoTests
{
    [Theory]
    [InlineData("Nee, 2", "2")]
    [InlineData("nee hoor, eerder 3", "eerder 3")]
    [InlineData("Klopt niet: het is eerder fase 1.", "het is eerder fase 1.")]
    [InlineData("nee - ieder bestuur doet het zelf", "ieder bestuur doet het zelf")]
    public void AfterALeadingNo_GivesWhatFollowsTheNo(string text, string rest)
    {
        Assert.Equal(rest, YesNo.AfterALeadingNo(text));
    }

    [Theory]
    [InlineData("nee")]
    [InlineData("Nee!")]
    [InlineData("neerslachtig is hier niemand")]
    [InlineData("ja, maar het mbo doet niet mee")]
    [InlineData("2")]
    public void AfterALeadingNo_WithoutANoAndMore_IsNull(string text)
    {
        Assert.Null(YesNo.AfterALeadingNo(text));
    }
}
