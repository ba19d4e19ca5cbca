using SamenOpleiden.Advisor.Conversation.Dialog.Profile;

namespace SamenOpleiden.Advisor.Conversation.Tests.Dialog.Profile;

public sealed class ProfileParsersTests
{
    [Theory]
    [InlineData("po, vo en mbo", "po,vo,mbo")]
    [InlineData("PO/VO", "po,vo")]
    [InlineData("po, vo, mbo en (v)so", "po,vo,mbo,vso,so")]
    [InlineData("alle sectoren", "po,vo,mbo,vso,so")]
    [InlineData("hbo", "")]
    public void Sectors_TypedList_GivesSectorsInFixedOrder(string text, string expected)
    {
        Assert.Equal(expected, string.Join(',', ProfileParsers.Sectors(text)));
    }

    [Theory]
    [InlineData("± 75%", 75)]
    [InlineData("90 procent", 90)]
    [InlineData("drie", 3)]
    [InlineData("150", null)]
    [InlineData("veel", null)]
    public void Number_PercentOrWord_ReadsWithinRange(string text, int? expected)
    {
        Assert.Equal(expected, ProfileParsers.Number(text, 0, 100));
    }

    [Theory]
    [InlineData("voltijd", "volledig", "volledig")]
    [InlineData("voltijd", "gedeeltelijk", "deels")]
    [InlineData("zijInstromers", "buiten Samen Opleiden", "buiten")]
    public void EmbeddingQuestion_Choice_SetsProfileValue(string key, string text, string expected)
    {
        var answer = ProfileQuestions.Find(key)!.Parse(text);

        var profile = answer.Apply!(new Core.Assessment.RegionProfile());

        Assert.Equal(expected, key == "voltijd" ? profile.Voltijd : profile.ZijInstromers);
    }
}
