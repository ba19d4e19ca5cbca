using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Conversation.Tests.Recognition;

public sealed class PhaseRecognizerTests
{
    private static PhaseRecognition Recognise(string focusPoint, string text) => TestRules.Recognizer.Recognise(focusPoint, text);

    [Theory]
    [InlineData("2", 2)]
    [InlineData("fase 3", 3)]
    [InlineData("Samenwerkend Systeem", 2)]
    [InlineData("functioneel verbondn", 1)]
    [InlineData("Regionaal afgestemd", 2)]
    [InlineData("gezamenlijk bewaakt en ontwikkeld", 3)]
    public void Recognise_ButtonNumberPhaseNameOrDescriptor_IsExact(string text, int phase)
    {
        var recognition = Recognise("kwaliteit", text);

        Assert.Equal(RecognitionKind.Exact, recognition.Kind);
        Assert.Equal(phase, recognition.Phase);
    }

    [Theory]
    [InlineData("weet ik niet")]
    [InlineData("Weet ik nit")]
    [InlineData("geen idee")]
    [InlineData("Geen idee eigenlijk")]
    [InlineData("ik weet het eerlijk gezegd niet")]
    [InlineData("daar heb ik geen zicht op")]
    public void Recognise_DontKnow_IsAnswerWithoutPhase(string text)
    {
        var recognition = Recognise("relaties", text);

        Assert.Equal(RecognitionKind.DontKnow, recognition.Kind);
        Assert.Null(recognition.Phase);
    }

    [Fact]
    public void Recognise_OwnWords_ProposesAndQuotesTheRespondentsWordsWithTheirNegation()
    {
        var recognition = Recognise("professionals-hr", "HR wordt nog niet structureel betrokken");

        Assert.Equal(RecognitionKind.Proposal, recognition.Kind);
        Assert.Equal(1, recognition.Phase);
        Assert.Contains(recognition.Evidence, e => e.Quote.Contains("niet structureel") && e.Phase == 1);
    }

    [Fact]
    public void Recognise_OwnWords_QuotesEachWordOnce()
    {
        // The phrase and the learned words both rest on "weinig mee": quoted twice ("doen er verder weinig mee" en
        // "doelen … weinig mee") it read as two reasons where there is one.
        var recognition = Recognise("doelstellingen", "de doelen staan in het regioplan maar de besturen doen er verder weinig mee");

        Assert.Equal(1, recognition.Phase);
        Assert.Equal(["doen er verder weinig mee"], recognition.Evidence.Select(e => e.Quote));
    }

    [Fact]
    public void Recognise_TwoPhasesOffered_QuoteEachSidesPhraseNotALongerRunAroundIt()
    {
        var recognition = Recognise("kwaliteit", "Er is een regionale kwaliteitscommissie die de peer reviews van alle partnerschappen plant en de verbeteragenda bewaakt");

        Assert.Equal(RecognitionKind.Conflict, recognition.Kind);
        Assert.Equal(["verbeteragenda bewaakt", "peer reviews"], recognition.Evidence.Select(e => e.Quote));
    }

    [Fact]
    public void Recognise_NotKnowingBesideADescription_IsNeverTheEvidence()
    {
        // "weet het niet" was quoted as phase-1 evidence ("Ik lees 'weet het niet': dat past bij fase 1").
        var recognition = Recognise("financien", "ik weet het niet, dat regelt het bestuur");

        Assert.DoesNotContain(recognition.Evidence, e => e.Quote.Contains("weet", StringComparison.Ordinal));
    }

    [Fact]
    public void Recognise_InflectedSignal_MatchesThroughDutchStemming()
    {
        var recognition = Recognise("doelstellingen", "Het is in de regionale strategieën verankerd.");

        Assert.Equal(RecognitionKind.Proposal, recognition.Kind);
        Assert.Equal(3, recognition.Phase);
    }

    [Theory]
    [InlineData("De koffie is lekker")]
    [InlineData("'; DROP TABLE x; --")]
    [InlineData("")]
    public void Recognise_NoSignal_IsUnsureWithoutPhase(string text)
    {
        var recognition = Recognise("kwaliteit", text);

        Assert.Equal(RecognitionKind.Unsure, recognition.Kind);
        Assert.Null(recognition.Phase);
    }

    [Fact]
    public void Recognise_UnknownFocusPoint_Throws()
    {
        Assert.Throws<ArgumentException>(() => Recognise("onbekend", "1"));
    }
}
