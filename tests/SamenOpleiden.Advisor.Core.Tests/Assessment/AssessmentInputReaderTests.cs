using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Core.Tests.Assessment;

public class AssessmentInputReaderTests
{
    [Theory]
    [InlineData("{", "geen geldige JSON")]
    [InlineData("""{"answers": {"kwaliteit": "drie"}}""", "answers.kwaliteit")]
    [InlineData("""{"profile": {"partnerships": "veel"}}""", "profile.partnerships")]
    [InlineData("""{"antwoorden": {}}""", "onbekend veld")]
    [InlineData("null", "leeg")]
    public void Parse_MalformedInput_ThrowsOneDutchLineNamingThePlace(string json, string expected)
    {
        var error = Assert.Throws<AssessmentInputException>(() => AssessmentInputReader.Parse(json));

        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain("\n", error.Message);
    }

    [Fact]
    public void Parse_DocumentedShape_ReadsProfileAnswersAndAmbition()
    {
        var input = AssessmentInputReader.Parse("""
            {"profile": {"regionName": "Test", "regionType": "krimp", "sectors": ["po"]},
             "answers": {"kwaliteit": 2, "financien": null}, "ambition": ["kwaliteit"]}
            """);

        Assert.Equal("krimp", input.Profile.RegionType);
        Assert.Equal(2, input.Answers["kwaliteit"]);
        Assert.Null(input.Answers["financien"]);
        Assert.Equal(["kwaliteit"], input.Ambition);
    }
}
