using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Conversation.Tests;

public sealed class ConversationEngineTests
{
    [Fact]
    public async Task HandleAsync_RedeliveredActivityId_ReturnsSameRepliesWithoutSecondTurn()
    {
        var store = new InMemoryConversationStore();
        var chat = new ChatDriver(store);
        await chat.StartAsync();
        var input = new TurnInput(chat.ConversationId, chat.UserId, TurnKind.Message, "Binnenmeren", "test", "redelivered-1");

        var first = await chat.Engine.HandleAsync(input, CancellationToken.None);
        var saves = store.Saves;
        var second = await chat.Engine.HandleAsync(input, CancellationToken.None);

        Assert.Equal(ReplyJson.Serialize(first), ReplyJson.Serialize(second));
        Assert.Equal(saves, store.Saves);
        Assert.Equal("profile:regionType", (await chat.StateAsync()).Current);
    }

    [Fact]
    public async Task HandleAsync_RedeliveredAfterLaterTurns_ReturnsFirstRepliesAndKeepsLaterState()
    {
        var store = new InMemoryConversationStore();
        var chat = new ChatDriver(store);
        await chat.StartAsync();
        var input = new TurnInput(chat.ConversationId, chat.UserId, TurnKind.Message, "Binnenmeren", "test", "redelivered-late");
        var first = await chat.Engine.HandleAsync(input, CancellationToken.None);
        await chat.SayAsync("krimp");
        var saves = store.Saves;

        var again = await chat.Engine.HandleAsync(input, CancellationToken.None);

        Assert.Equal(ReplyJson.Serialize(first), ReplyJson.Serialize(again));
        Assert.Equal(saves, store.Saves);
        Assert.Equal("krimp", (await chat.StateAsync()).Profile.RegionType);
    }

    [Fact]
    public async Task HandleAsync_RedeliveredReportRequest_MakesNoSecondLink()
    {
        var links = new Moq.Mock<IReportLinks>();
        links.Setup(l => l.LinkForAsync(Moq.It.IsAny<FinishedAssessmentReference>(), Moq.It.IsAny<CancellationToken>())).Returns(Task.FromResult<string?>("https://advies.example/rapport/1"));
        var chat = new ChatDriver(new InMemoryConversationStore(), links.Object);
        await CaseScript.Binnenmeren.RunToResultAsync(chat);
        var input = new TurnInput(chat.ConversationId, chat.UserId, TurnKind.Message, "rapport", "test", "report-once");
        var first = await chat.Engine.HandleAsync(input, CancellationToken.None);

        var again = await chat.Engine.HandleAsync(input, CancellationToken.None);

        Assert.Equal(ReplyJson.Serialize(first), ReplyJson.Serialize(again));
        links.Verify(l => l.LinkForAsync(Moq.It.IsAny<FinishedAssessmentReference>(), Moq.It.IsAny<CancellationToken>()), Moq.Times.Once);
    }

    [Fact]
    public async Task HandleAsync_ConcurrentTurnSavedFirst_RunsAgainOnNewStateAndLosesNothing()
    {
        var inner = new InMemoryConversationStore();
        var racing = new RacingStore(inner);
        var chat = new ChatDriver(racing);
        await chat.StartAsync();
        var attemptsBefore = racing.Attempts;
        racing.BeforeNextSave = () => new ChatDriver(inner).Engine.HandleAsync(
            new TurnInput(chat.ConversationId, chat.UserId, TurnKind.Message, "Binnenmeren", "test", "other-instance-1"), CancellationToken.None);

        await chat.SayAsync("krimp");

        var state = await chat.StateAsync();
        Assert.Equal("Binnenmeren", state.Profile.RegionName);
        Assert.Equal("krimp", state.Profile.RegionType);
        Assert.Equal(attemptsBefore + 2, racing.Attempts);
    }

    [Fact]
    public async Task HandleAsync_DeleteConfirmed_RemovesEverythingAndSaysWhat()
    {
        var store = new InMemoryConversationStore();
        var chat = new ChatDriver(store);
        await CaseScript.Binnenmeren.RunToResultAsync(chat);

        await chat.SayAsync("verwijder mijn gegevns");
        await chat.SayAsync("ja");

        Assert.Contains("Ik heb al je gegevens verwijderd", chat.LastText);
        Assert.Contains("assessments: 1", chat.LastText);
        Assert.Null(await store.LoadAsync(chat.ConversationKey, CancellationToken.None));
        Assert.Empty(store.Assessments);
    }

    [Fact]
    public async Task HandleAsync_RestartConfirmed_ClearsAnswersAndWelcomesAgain()
    {
        var chat = await DialogStates.ReachAsync("fp:financien");

        await chat.SayAsync("opnieuw");
        await chat.SayAsync("ja");

        var state = await chat.StateAsync();
        Assert.Empty(state.Answers);
        Assert.Null(state.Profile.RegionName);
        Assert.Equal("profile:regionName", state.Current);
        Assert.Contains("Welkom", chat.LastText);
    }

    [Fact]
    public async Task HandleAsync_ConversationStartedAgain_WelcomesBackAtSameQuestion()
    {
        var chat = await DialogStates.ReachAsync("fp:financien");

        await chat.StartAsync();

        Assert.Contains("Welkom terug", chat.LastText);
        Assert.Contains("Financiën", chat.LastQuestion!.Text);
        Assert.Equal("vraag 11 van 11", chat.LastQuestion.Progress!.Label);
    }

    [Fact]
    public async Task HandleAsync_ProposalConfirmed_RecordsProposedPhase()
    {
        var chat = await DialogStates.ReachAsync("proposal");
        var proposal = (await chat.StateAsync()).Proposal!;
        Assert.Contains($"Ik lees '{proposal.Evidence[0]}'", chat.LastText);
        Assert.Contains($"dat past bij fase {proposal.Phase}, ", chat.LastText);
        Assert.EndsWith("Klopt dat?", chat.LastQuestion!.Text);
        Assert.False((await chat.StateAsync()).Answers.ContainsKey("kwaliteit"));

        await chat.SayAsync("ja");

        Assert.Equal(proposal.Phase, (await chat.StateAsync()).Answers["kwaliteit"]);
    }

    [Fact]
    public async Task HandleAsync_OwnWordsWithNegation_ProposalQuotesThemAndNamesTheDescriptor()
    {
        var chat = await DialogStates.ReachAsync("fp:financien");

        await chat.SayAsync("Een gezamenlijk budget hebben we nog niet.");

        Assert.Equal("Ik lees 'gezamenlijk budget hebben we nog niet': dat past bij fase 1, losse financiering per partij. Klopt dat?", chat.LastQuestion!.Text);
        Assert.Equal(["ja", "nee"], chat.LastQuestion.Choices.Select(c => c.Value));
    }

    [Fact]
    public async Task HandleAsync_ConflictingEvidence_OffersBothPhasesAndRecordsTheOneChosen()
    {
        var chat = await DialogStates.ReachAsync("fp:kwaliteit");

        await chat.SayAsync("Kwaliteit is deels gezamenlijk geborgd, deels ad hoc per bestuur.");

        var question = chat.LastQuestion!;
        Assert.Contains("Ik lees 'deels ad hoc', dat past bij fase 1, maar ook 'deels gezamenlijk geborgd', dat past bij fase 2. Welke van de twee past het best?", question.Text);
        Assert.Equal(["1", "2", "nee"], question.Choices.Select(c => c.Value));
        Assert.False((await chat.StateAsync()).Answers.ContainsKey("kwaliteit"));

        await chat.SayAsync("ja");
        Assert.Contains("Welke past het best: fase 1 of fase 2?", chat.LastText);
        Assert.False((await chat.StateAsync()).Answers.ContainsKey("kwaliteit"));

        await chat.SayAsync("2");
        Assert.Equal(2, (await chat.StateAsync()).Answers["kwaliteit"]);
    }

    [Fact]
    public async Task HandleAsync_AnswerBetweenTwoPhaseNumbers_OffersThoseTwoAndRecordsTheOneChosen()
    {
        var chat = await DialogStates.ReachAsync("fp:kwaliteit");

        await chat.SayAsync("tussen 1 en 2");

        var question = chat.LastQuestion!;
        Assert.Contains("Ik lees 'tussen 1 en 2': dat past bij fase 1 of bij fase 2. Welke van de twee past het best?", question.Text);
        Assert.Equal(["1", "2", "nee"], question.Choices.Select(c => c.Value));

        await chat.SayAsync("1");
        Assert.Equal(1, (await chat.StateAsync()).Answers["kwaliteit"]);
    }

    [Fact]
    public async Task HandleAsync_ProposalRejected_ShowsChoicesAndRecordsNothing()
    {
        var chat = await DialogStates.ReachAsync("proposal");

        await chat.SayAsync("nee");

        var state = await chat.StateAsync();
        Assert.False(state.Answers.ContainsKey("kwaliteit"));
        Assert.Equal(4, chat.LastQuestion!.Choices.Count);
        await chat.SayAsync("2");
        Assert.Equal(2, (await chat.StateAsync()).Answers["kwaliteit"]);
    }

    [Theory]
    [InlineData("dat klopt", true)]
    [InlineData("Inderdaad!", true)]
    [InlineData("prima", true)]
    [InlineData("dat klopt niet", false)]
    [InlineData("niet echt", false)]
    public async Task HandleAsync_ProposalAnsweredInOwnWords_IsReadAsYesOrNo(string answer, bool recorded)
    {
        var chat = await DialogStates.ReachAsync("proposal");
        var proposed = (await chat.StateAsync()).Proposal!.Phase;

        await chat.SayAsync(answer);

        var state = await chat.StateAsync();
        Assert.Null(state.Proposal);
        Assert.Equal(recorded, state.Answers.ContainsKey("kwaliteit"));
        if (recorded)
        {
            Assert.Equal(proposed, state.Answers["kwaliteit"]);
        }
    }

    [Fact]
    public async Task HandleAsync_ProposalDeclinedWithThePhase_RecordsThatPhase()
    {
        var chat = await DialogStates.ReachAsync("proposal");
        var other = (await chat.StateAsync()).Proposal!.Phase == 3 ? 2 : 3;

        await chat.SayAsync($"nee, {other}");

        var state = await chat.StateAsync();
        Assert.Null(state.Proposal);
        Assert.Equal(other, state.Answers["kwaliteit"]);
    }

    [Fact]
    public async Task HandleAsync_ProposalDeclinedWithADescription_ReadsTheDescriptionInstead()
    {
        var chat = await DialogStates.ReachAsync("proposal");

        await chat.SayAsync("klopt niet, het is eerder fase 1");

        var state = await chat.StateAsync();
        Assert.Equal(1, state.Proposal!.Phase);
        Assert.False(state.Answers.ContainsKey("kwaliteit"));
        Assert.StartsWith("Ik lees 'het is eerder fase 1'", chat.LastText);
    }

    [Fact]
    public async Task HandleAsync_ProposalConfirmedWithARemark_RecordsThePhaseAndKeepsTheRemark()
    {
        var chat = await DialogStates.ReachAsync("proposal");
        var proposed = (await chat.StateAsync()).Proposal!.Phase;

        await chat.SayAsync("Ja, maar het mbo doet nog niet mee");

        var state = await chat.StateAsync();
        Assert.Equal(proposed, state.Answers["kwaliteit"]);
        Assert.Equal("maar het mbo doet nog niet mee", state.Remarks["kwaliteit"]);
        Assert.Contains("Je toelichting heb ik erbij gezet.", chat.LastText);
    }

    [Fact]
    public async Task HandleAsync_FollowUpAdjusted_FeedsSuggestedPhaseToTheRules()
    {
        var chat = await DialogStates.ReachAsync("followup");
        var followUpId = (await chat.StateAsync()).Current!["followup:".Length..];

        await chat.SayAsync("bijstellen");

        Assert.Equal(2, (await chat.StateAsync()).FollowUpAnswers[followUpId]);
        Assert.Equal("ambition", (await chat.StateAsync()).Current);
    }

    [Fact]
    public async Task HandleAsync_AmbitionInASentence_KeepsTheFocusPointsInTheirOrder()
    {
        var chat = await DialogStates.ReachAsync("ambition");

        await chat.SayAsync("vooral financiën eerst, daarna HR");

        Assert.Equal(["financien", "professionals-hr"], (await chat.StateAsync()).Ambition);
    }

    [Fact]
    public async Task HandleAsync_ChangeAtResult_ShowsNewResultFromRules()
    {
        var store = new InMemoryConversationStore();
        var chat = new ChatDriver(store);
        await CaseScript.Binnenmeren.RunToResultAsync(chat);

        await chat.SayAsync("wijzig hr");
        await chat.SayAsync("2");

        Assert.Contains(chat.Last.OfType<ResultReply>().Single().Phases, f => f is { Label: "HR", Value: "fase 2" });
        Assert.Equal(2, store.Assessments.Count);
    }

    [Fact]
    public async Task HandleAsync_ChangeNamingTheFocusPointInASentence_AsksThatFocusPointAgain()
    {
        var chat = new ChatDriver();
        await CaseScript.Binnenmeren.RunToResultAsync(chat);

        await chat.SayAsync("wijzig mijn antwoord bij financiën");

        Assert.Equal("fp:financien", (await chat.StateAsync()).Current);
    }

    [Fact]
    public async Task HandleAsync_ReportAvailable_ReturnsLinkForStoredAssessment()
    {
        var links = new Moq.Mock<IReportLinks>();
        links.Setup(l => l.LinkForAsync(Moq.It.IsAny<FinishedAssessmentReference>(), Moq.It.IsAny<CancellationToken>())).Returns<FinishedAssessmentReference, CancellationToken>((a, _) => Task.FromResult<string?>($"https://advies.example/rapport/{a.AssessmentId}"));
        var store = new InMemoryConversationStore();
        var chat = new ChatDriver(store, links.Object);
        await CaseScript.Binnenmeren.RunToResultAsync(chat);

        await chat.SayAsync("rapprt");

        var link = Assert.IsType<ReportLinkReply>(Assert.Single(chat.Last));
        Assert.Equal($"https://advies.example/rapport/{store.Assessments.Single().Id}", link.Url);
    }

    /// <summary>Lets another turn save just before ours, as a second instance would.</summary>
    private sealed class RacingStore(IConversationStore inner) : IConversationStore
    {
        public Func<Task>? BeforeNextSave { get; set; }

        public int Attempts { get; private set; }

        public Task<StoredConversation?> LoadAsync(string key, CancellationToken ct) => inner.LoadAsync(key, ct);

        public Task<IReadOnlyList<Reply>?> FindRepliesAsync(string key, string activityId, CancellationToken ct) => inner.FindRepliesAsync(key, activityId, ct);

        public async Task<long> SaveTurnAsync(TurnRecord turn, CancellationToken ct)
        {
            if (BeforeNextSave is { } race)
            {
                BeforeNextSave = null;
                await race();
            }

            Attempts++;
            return await inner.SaveTurnAsync(turn, ct);
        }

        public Task<DeletionReport> DeleteRespondentAsync(string respondentKey, CancellationToken ct) => inner.DeleteRespondentAsync(respondentKey, ct);

        public Task<FinishedAssessment?> FindAssessmentAsync(string id, CancellationToken ct) => inner.FindAssessmentAsync(id, ct);

        public Task<IReadOnlyList<FinishedAssessment>> ListAssessmentsAsync(string respondentKey, CancellationToken ct) => inner.ListAssessmentsAsync(respondentKey, ct);
    }
}
