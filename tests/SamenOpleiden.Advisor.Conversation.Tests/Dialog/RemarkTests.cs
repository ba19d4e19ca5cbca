using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Conversation.Tests.Dialog;

/// <summary>A remark goes with the answer in the same message, or later with 'toelichting'; no question after every focus point.</summary>
public sealed class RemarkTests
{
    [Theory]
    [InlineData("2, maar HR doet nog niet mee", 2, "maar HR doet nog niet mee")]
    [InlineData("fase 1: alleen op papier", 1, "alleen op papier")]
    [InlineData("3 want we hebben een regionaal kwaliteitskader", 3, "want we hebben een regionaal kwaliteitskader")]
    [InlineData("samenwerkend systeem - sinds vorig jaar", 2, "sinds vorig jaar")]
    public async Task SayAsync_AnswerWithARemark_RecordsThePhaseAndKeepsTheRemark(string text, int phase, string remark)
    {
        var chat = await DialogStates.ReachAsync("fp:kwaliteit");

        await chat.SayAsync(text);

        var state = await chat.StateAsync();
        Assert.Equal(phase, state.Answers["kwaliteit"]);
        Assert.Equal(remark, state.Remarks["kwaliteit"]);
        Assert.Equal("fp:doelstellingen", state.Current);
    }

    [Fact]
    public async Task SayAsync_WeetIkNietWithARemark_RecordsUnknownAndKeepsTheRemark()
    {
        var chat = await DialogStates.ReachAsync("fp:kwaliteit");

        await chat.SayAsync("weet ik niet, ik ben nieuw in de regio");

        var state = await chat.StateAsync();
        Assert.Null(state.Answers["kwaliteit"]);
        Assert.Equal("ik ben nieuw in de regio", state.Remarks["kwaliteit"]);
    }

    [Fact]
    public async Task SayAsync_FreeTextWithACommaThatIsNoAnswerByItself_IsReadAsAWholeAsBefore()
    {
        var chat = await DialogStates.ReachAsync("fp:kwaliteit");

        await chat.SayAsync("Elk partnerschap doet het op zijn eigen manier, ad hoc.");

        var state = await chat.StateAsync();
        Assert.Empty(state.Remarks);
        Assert.False(state.Answers.ContainsKey("kwaliteit"));
    }

    [Fact]
    public async Task SayAsync_AnswersAreNotFollowedByARemarkQuestion()
    {
        var chat = await DialogStates.ReachAsync("fp:kwaliteit");

        await chat.SayAsync("2");

        Assert.Equal("fp:doelstellingen", (await chat.StateAsync()).Current);
        Assert.DoesNotContain("toelichting geven", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SayAsync_ToelichtingWithFocusPointAndText_KeepsItAndAsksTheSameQuestionAgain()
    {
        var chat = await DialogStates.ReachAsync("fp:financien");

        await chat.SayAsync("toelichting HR: we zoeken nog een trekker");

        var state = await chat.StateAsync();
        Assert.Equal("we zoeken nog een trekker", state.Remarks["professionals-hr"]);
        Assert.Equal("fp:financien", state.Current);
        Assert.Contains("Je toelichting bij HR is bewaard", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SayAsync_ToelichtingWithoutText_AsksForItAndGoesOnWhereItWas()
    {
        var chat = await DialogStates.ReachAsync("fp:financien");

        await chat.SayAsync("toelichting kwaliteit");
        Assert.Contains("Wat wil je toelichten bij", chat.LastText, StringComparison.Ordinal);
        await chat.SayAsync("Het kader is in de maak.");

        var state = await chat.StateAsync();
        Assert.Equal("Het kader is in de maak.", state.Remarks["kwaliteit"]);
        Assert.Equal("fp:financien", state.Current);
    }

    [Fact]
    public async Task SayAsync_ToelichtingWithOnlyText_BelongsToTheQuestionAskedNow()
    {
        var chat = await DialogStates.ReachAsync("fp:financien");

        await chat.SayAsync("toelichting: het budget loopt via de penvoerder");

        Assert.Equal("het budget loopt via de penvoerder", (await chat.StateAsync()).Remarks["financien"]);
    }

    [Fact]
    public async Task SayAsync_ToelichtingAfterTheResult_GoesIntoTheStoredAssessmentForTheReport()
    {
        var store = new InMemoryConversationStore();
        var chat = new ChatDriver(store);
        await CaseScript.StadEnStreek.RunToResultAsync(chat);

        await chat.SayAsync("toelichting financiën: pas besproken in het bestuurlijk overleg");

        Assert.Equal(2, store.Assessments.Count);
        Assert.Equal("pas besproken in het bestuurlijk overleg", store.Assessments[^1].Remarks["financien"]);
        Assert.Equal(store.Assessments[^1].Id, (await chat.StateAsync()).AssessmentId);
    }

    [Fact]
    public async Task SayAsync_JaToTheOptionalRealisatieToelichting_IsNotStoredAsTheExplanation()
    {
        var chat = await DialogStates.ReachAsync("profile:realisatieToelichting");

        await chat.SayAsync("ja");

        Assert.Null((await chat.StateAsync()).Profile.RealisatieToelichting);
        Assert.Equal("profile:realisatieToelichting", (await chat.StateAsync()).Current);
        Assert.Contains("Typ je toelichting maar", chat.LastText, StringComparison.Ordinal);
        await chat.SayAsync("nee");
        Assert.Null((await chat.StateAsync()).Profile.RealisatieToelichting);
        Assert.Equal("profile:grensgevallen", (await chat.StateAsync()).Current);
    }

    [Theory]
    [InlineData("nee")]
    [InlineData("ja")]
    [InlineData("geen")]
    public async Task SayAsync_YesOrNoAsRegionName_IsRefused(string text)
    {
        var chat = new ChatDriver();
        await chat.StartAsync();

        await chat.SayAsync(text);

        Assert.Null((await chat.StateAsync()).Profile.RegionName);
        Assert.Equal("profile:regionName", (await chat.StateAsync()).Current);
    }
}
