using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Conversation.Tests.Recognition;

/// <summary>The decision on a text as read, with the learned words' verdict given, so it does not hang on the weights of the day.</summary>
public sealed class ReadingDecisionTests
{
    [Fact]
    public void StrongestEndSetAside_ProposesPhaseTwo_EvenWhenTheWordsLeanToTheOtherEnd()
    {
        // Phase 1's own sign, put in the past; the learned words lean to 1 first, then to 3 more than to 2.
        const string text = "Het is niet langer zo dat elk bestuur het zelf regelt.";
        var analysis = new SituationReader(new CompiledLexicon(TestRules.Lexicon), null).Analyse("toekomstbestendigheid", text);
        var words = Enumerable.Range(0, analysis.Tokens.Length).Select(p => (new WordFeature("w" + p, 1, p), new[] { 0.0, 0.0, 0.0 })).ToList();
        var learned = new LearnedReading([0.70, 0.0, 0.30], words, _ => true);

        var reading = ReadingDecision.Decide("toekomstbestendigheid", analysis, learned, positions => EvidenceQuote.Of(text, analysis.Tokens, positions));

        Assert.Equal(2, reading.Phase);
        Assert.Equal([3], reading.Alternatives);
    }
}
