using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Conversation.Tests.Recognition;

public sealed class StatedPhaseMatcherTests
{
    private static PhaseRecognition Recognise(string text) => TestRules.Recognizer.Recognise("kwaliteit", text);

    [Theory]
    [InlineData("2 denk ik", 2)]
    [InlineData("ik zou zeggen 3", 3)]
    [InlineData("Volgens mij zitten we op fase 1.", 1)]
    [InlineData("fase twee", 2)]
    [InlineData("drie", 3)]
    [InlineData("weet niet precies, denk 2", 2)]
    [InlineData("niet zeker, 3?", 3)]
    public void Recognise_APhaseStatedByItsNumberWithAHedge_IsProposedQuotingTheWholeAnswer(string text, int phase)
    {
        var recognition = Recognise(text);

        Assert.Equal(RecognitionKind.Proposal, recognition.Kind);
        Assert.Equal(phase, recognition.Phase);
        Assert.Equal(text, Assert.Single(recognition.Evidence).Quote);
    }

    [Theory]
    [InlineData("tussen 1 en 2", 1, 2)]
    [InlineData("ergens tussen fase 2 en 3 in", 2, 3)]
    [InlineData("2 of 3", 2, 3)]
    [InlineData("2-3", 2, 3)]
    [InlineData("weet ik niet, 2 of 3", 2, 3)]
    public void Recognise_TwoStatedPhases_OffersBoth(string text, int phase, int other)
    {
        var recognition = Recognise(text);

        Assert.Equal(RecognitionKind.Conflict, recognition.Kind);
        Assert.Equal(phase, recognition.Phase);
        Assert.Equal([other], recognition.Alternatives);
    }

    [Theory]
    [InlineData("zeker niet 3")]
    [InlineData("niet 3")]
    [InlineData("van 1 naar 2")]
    [InlineData("een gezamenlijk kader")]
    [InlineData("we hebben 3 partnerschappen die elk hun eigen kwaliteitszorg doen")]
    public void Recognise_ANumberInOtherWords_IsNotTakenAsAStatedPhase(string text)
    {
        var recognition = Recognise(text);

        Assert.False(recognition.Kind == RecognitionKind.Proposal && recognition.Evidence.Any(e => e.Quote == text));
        Assert.False(recognition.Kind == RecognitionKind.Conflict && recognition.Evidence.Any(e => e.Quote == text));
    }
}
