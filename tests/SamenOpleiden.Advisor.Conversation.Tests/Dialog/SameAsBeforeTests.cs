using SamenOpleiden.Advisor.Conversation.Dialog;
using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Conversation.Tests.Dialog;

/// <summary>"zelfde als de vorige vraag": the phase of the focus point answered before, proposed for this one.</summary>
public sealed class SameAsBeforeTests
{
    [Theory]
    [InlineData("zelfde als bij de vorige vraag")]
    [InlineData("Idem")]
    [InlineData("hetzelfde als hiervoor")]
    [InlineData("zie vorige antwoord")]
    public void Says_AnAnswerThatOnlyPointsBack_IsSeen(string text)
    {
        Assert.True(SameAsBefore.Says(text));
    }

    [Theory]
    [InlineData("voor iedereen hetzelfde programma")]
    [InlineData("eerder ad hoc dan structureel")]
    [InlineData("de vorige coördinator regelde alles")]
    public void Says_AnAnswerThatDescribes_IsLeftToTheReader(string text)
    {
        Assert.False(SameAsBefore.Says(text));
    }

    [Fact]
    public async Task SameAsBefore_ProposesThePreviousPhase_AndRecordsItOnYes()
    {
        var chat = await DialogStates.ReachAsync("fp:kwaliteit");
        await chat.SayAsync("2");

        await chat.SayAsync("zelfde als bij de vorige vraag");

        Assert.StartsWith("Bij kwaliteit koos je fase 2. Hier is dat fase 2: gedeelde ambities en planvorming", chat.LastText);
        Assert.DoesNotContain("doelstellingen", (await chat.StateAsync()).Answers.Keys);
        await chat.SayAsync("ja");
        Assert.Equal(2, (await chat.StateAsync()).Answers["doelstellingen"]);
    }

    [Fact]
    public async Task SameAsBefore_AtTheFirstFocusPoint_SaysThereIsNothingBeforeAndAsksAgain()
    {
        var chat = await DialogStates.ReachAsync("fp:kwaliteit");

        await chat.SayAsync("idem");

        var state = await chat.StateAsync();
        Assert.Contains("Er is nog geen eerder focuspunt beantwoord", chat.LastText);
        Assert.Equal("fp:kwaliteit", state.Current);
        Assert.Empty(state.Answers);
    }

    [Fact]
    public async Task SameAsBefore_AfterADontKnow_SaysSoInsteadOfProposing()
    {
        var chat = await DialogStates.ReachAsync("fp:kwaliteit");
        await chat.SayAsync("weet ik niet");

        await chat.SayAsync("idem");

        Assert.Contains("Bij kwaliteit antwoordde je 'weet ik niet'", chat.LastText);
        Assert.Null((await chat.StateAsync()).Proposal);
    }
}
