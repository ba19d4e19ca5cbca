using SamenOpleiden.Advisor.Conversation.Recognition;

namespace SamenOpleiden.Advisor.Conversation.Tests.Recognition;

public sealed class TextTokenizerTests
{
    private static string[] Words(string text) => [.. TextTokenizer.Tokenize(text, new Dictionary<string, string>()).Select(t => t.Word)];

    [Theory]
    [InlineData("De besturen krijgen €1.250 per student.", "1250")]
    [InlineData("Er is 1,5 fte voor de coördinator.", "15")]
    public void NumberWithAPointOrComma_IsOneWord_NotAOneFollowedByAnother(string text, string number)
    {
        var words = Words(text);

        Assert.Contains(number, words);
        Assert.DoesNotContain("1", words);
    }

    [Fact]
    public void OneWrittenOut_IsTheNumberOne_AndTheSentenceStillEndsAfterANumber()
    {
        var tokens = TextTokenizer.Tokenize("Het hangt aan één persoon, sinds 2024. Dat blijft zo.", new Dictionary<string, string>());

        Assert.Contains("1", tokens.Select(t => t.Word));
        Assert.Equal(TokenBreak.Sentence, Assert.Single(tokens, t => t.Word == "dat").Break);
    }
}
