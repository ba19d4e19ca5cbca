using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Storage.Stores;
using SamenOpleiden.Advisor.Storage.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Storage.Tests.Contracts;

/// <summary>
/// What the <see cref="IConversationStore"/> must do on every database. Each provider runs these tests by deriving
/// from this class; provider-only behaviour stays in the derived class.
/// </summary>
public abstract class ConversationStoreContract(TestDatabase database) : DatabaseTest(database)
{
    /// <summary>A new store on the test's database, as a restarted process or a second instance would open it.</summary>
    protected IConversationStore CreateStore() => new ConversationStore(Database.Open());

    /// <summary>The number of rows in <paramref name="table"/> matching a portable SQL condition.</summary>
    protected long Count(string table, string where = "1 = 1") => Database.Count(table, where);

    [Fact]
    public async Task SaveTurnAsync_NewConversation_LoadsBackAtVersionOne()
    {
        var store = CreateStore();

        var version = await store.SaveTurnAsync(new TurnRecord(State("c1", "u1", regionName: "Binnenmeren"), null, null, []), Ct);
        var loaded = await store.LoadAsync("c1", Ct);

        Assert.Equal(1, version);
        Assert.Equal("Binnenmeren", loaded!.State.Profile.RegionName);
        Assert.Equal(3, loaded.State.Answers["kwaliteit"]);
        Assert.Null(loaded.State.Answers["financien"]);
        Assert.Equal(1, loaded.Version);
    }

    [Fact]
    public async Task LoadAsync_UnknownConversation_ReturnsNull()
    {
        Assert.Null(await CreateStore().LoadAsync("nope", Ct));
    }

    [Fact]
    public async Task LoadAsync_NewStoreOnSameFile_ResumesSavedState()
    {
        await CreateStore().SaveTurnAsync(new TurnRecord(State("c1", "u1", "Vallei"), null, null, []), Ct);

        var restarted = await CreateStore().LoadAsync("c1", Ct);

        Assert.Equal("Vallei", restarted!.State.Profile.RegionName);
    }

    [Fact]
    public async Task SaveTurnAsync_StaleVersion_ThrowsConflictAndKeepsFirstWrite()
    {
        var store = CreateStore();
        await store.SaveTurnAsync(new TurnRecord(State("c1", "u1", "A"), null, null, []), Ct);
        await store.SaveTurnAsync(new TurnRecord(State("c1", "u1", "B"), 1, null, []), Ct);

        await Assert.ThrowsAsync<ConversationConflictException>(
            () => store.SaveTurnAsync(new TurnRecord(State("c1", "u1", "C"), 1, null, []), Ct));

        var loaded = await store.LoadAsync("c1", Ct);
        Assert.Equal("B", loaded!.State.Profile.RegionName);
        Assert.Equal(2, loaded.Version);
    }

    [Fact]
    public async Task SaveTurnAsync_SecondInsertOfNewConversation_ThrowsConflict()
    {
        var store = CreateStore();
        await store.SaveTurnAsync(new TurnRecord(State("c1", "u1", "A"), null, null, []), Ct);

        await Assert.ThrowsAsync<ConversationConflictException>(
            () => store.SaveTurnAsync(new TurnRecord(State("c1", "u1", "B"), null, null, []), Ct));
    }

    [Fact]
    public async Task SaveTurnAsync_ConflictOnReplies_WritesNothingOfTheTurn()
    {
        var store = CreateStore();
        await store.SaveTurnAsync(new TurnRecord(State("c1", "u1", "A"), null, "act-1", [new TextReply("eerste")]), Ct);

        await Assert.ThrowsAsync<ConversationConflictException>(
            () => store.SaveTurnAsync(new TurnRecord(State("c1", "u1", "B"), 1, "act-1", [new TextReply("tweede")], Assessment("c1", "u1")), Ct));

        var loaded = await store.LoadAsync("c1", Ct);
        Assert.Equal("A", loaded!.State.Profile.RegionName);
        Assert.Equal(0, Count("assessments"));
    }

    [Fact]
    public async Task FindRepliesAsync_ProcessedActivity_ReturnsTheSameReplies()
    {
        var store = CreateStore();
        IReadOnlyList<Reply> replies =
        [
            new TextReply("Welkom"),
            new QuestionReply("Hoe heet jullie regio?", [new Choice("Ja", "ja")], new Progress(1, 11, "vraag 1 van 11")),
            new SummaryReply("Samenvatting", [new Fact("regio", "Binnenmeren")]),
            new AdviceStepReply("Stap 1", [new AdviceItemView("t", "s", ["a"], "wie", "nu", null)]),
            new ReportLinkReply("Rapport", "https://example.org/r/1"),
        ];
        await store.SaveTurnAsync(new TurnRecord(State("c1", "u1", "A"), null, "act-1", replies), Ct);

        var found = await store.FindRepliesAsync("c1", "act-1", Ct);

        Assert.Equal(ReplyJson.Serialize(replies), ReplyJson.Serialize(found!));
        Assert.IsType<QuestionReply>(found![1]);
        Assert.Null(await store.FindRepliesAsync("c1", "act-2", Ct));
    }

    [Fact]
    public async Task SaveTurnAsync_InputOfAnyEarlierTurnRedelivered_RefusedAndAnsweredWithItsFirstReplies()
    {
        var store = CreateStore();
        const int turns = 10;
        for (var i = 0; i < turns; i++)
        {
            await store.SaveTurnAsync(new TurnRecord(State("c1", "u1", $"R{i}"), i == 0 ? null : i, $"a{i}", [new TextReply($"antwoord {i}")]), Ct);
        }

        for (var i = 0; i < turns; i++)
        {
            await Assert.ThrowsAsync<ConversationConflictException>(
                () => store.SaveTurnAsync(new TurnRecord(State("c1", "u1", "opnieuw"), turns, $"a{i}", [new TextReply("tweede keer")]), Ct));
            var found = await store.FindRepliesAsync("c1", $"a{i}", Ct);
            Assert.Equal($"antwoord {i}", Assert.IsType<TextReply>(Assert.Single(found!)).Text);
        }

        Assert.Null(await store.FindRepliesAsync("c1", $"a{turns}", Ct));
        Assert.Equal(turns, Count("processed_activities"));
        Assert.Equal($"R{turns - 1}", (await store.LoadAsync("c1", Ct))!.State.Profile.RegionName);
    }

    [Fact]
    public async Task DeleteRespondentAsync_ManyTurns_CountsAndDeletesEveryStoredReply()
    {
        var store = CreateStore();
        for (var i = 0; i < 7; i++)
        {
            await store.SaveTurnAsync(new TurnRecord(State("c1", "u1", "A"), i == 0 ? null : i, $"a{i}", [new TextReply("x")]), Ct);
        }

        var report = await store.DeleteRespondentAsync("u1", Ct);

        Assert.Equal(7, report.Items.Single(item => item.Description == "opgeslagen antwoorden van de bot").Count);
        Assert.Equal(0, Count("processed_activities"));
    }

    [Fact]
    public async Task SaveTurnAsync_WithAssessment_StoresItWithRulesVersion()
    {
        var store = CreateStore();
        await store.SaveTurnAsync(new TurnRecord(State("c1", "u1", "A"), null, null, [], Assessment("c1", "u1")), Ct);

        var listed = await store.ListAssessmentsAsync("u1", Ct);
        var found = await store.FindAssessmentAsync(listed.Single().Id, Ct);

        Assert.Equal("rules-abc", found!.RulesVersion);
        Assert.Equal("Kort", found.Remarks["kwaliteit"]);
        Assert.Equal("Binnenmeren", found.RegionName);
    }

    [Fact]
    public async Task DeleteRespondentAsync_RespondentWithData_LeavesNothingOfThemAndKeepsOthers()
    {
        var store = CreateStore();
        await store.SaveTurnAsync(new TurnRecord(State("c1", "u1", "A"), null, "a1", [new TextReply("x")], Assessment("c1", "u1")), Ct);
        await store.SaveTurnAsync(new TurnRecord(State("c2", "u1", "A"), null, "a2", [new TextReply("x")]), Ct);
        await store.SaveTurnAsync(new TurnRecord(State("c3", "u2", "B"), null, "a3", [new TextReply("y")], Assessment("c3", "u2")), Ct);

        var report = await store.DeleteRespondentAsync("u1", Ct);

        Assert.Equal(5, report.Total);
        foreach (var table in new[] { "conversations", "processed_activities", "assessments" })
        {
            Assert.Equal(0, Count(table, "respondent_key = 'u1'"));
            Assert.Equal(1, Count(table, "respondent_key = 'u2'"));
        }

        Assert.Equal(0, Count("conversations", "state_json LIKE '%u1%'"));
    }

    [Fact]
    public async Task LoadAsync_AfterTheRespondentWasDeleted_FindsNothingOfTheConversationJustSaved()
    {
        var store = CreateStore();
        await store.SaveTurnAsync(new TurnRecord(State("c1", "u1", "A"), null, "a1", [new TextReply("x")]), Ct);

        await store.DeleteRespondentAsync("u1", Ct);

        Assert.Null(await store.LoadAsync("c1", Ct));
    }

    [Fact]
    public async Task SaveTurnAsync_SqlMetaCharactersInState_StoredVerbatim()
    {
        var store = CreateStore();
        const string name = "x'); DROP TABLE conversations; --";

        await store.SaveTurnAsync(new TurnRecord(State("c1", "u1", name), null, "a'1", []), Ct);

        Assert.Equal(name, (await store.LoadAsync("c1", Ct))!.State.Profile.RegionName);
    }

    [Fact]
    public async Task SaveTurnAsync_TwoSavesAtTheSameVersion_ExactlyOneWins()
    {
        await CreateStore().SaveTurnAsync(new TurnRecord(State("c1", "u1", "A"), null, null, []), Ct);

        var saves = new[] { "B", "C" }.Select(name => Task.Run(() => CreateStore().SaveTurnAsync(new TurnRecord(State("c1", "u1", name), 1, null, []), Ct))).ToArray();
        var outcomes = await Task.WhenAll(saves.Select(async save => { try { await save; return "saved"; } catch (ConversationConflictException) { return "conflict"; } }));

        Assert.Equal(["conflict", "saved"], outcomes.Order());
        Assert.Equal(2, (await CreateStore().LoadAsync("c1", Ct))!.Version);
    }

    [Fact]
    public async Task SaveTurnAsync_ConcurrentTurnsOnOneConversationRetried_EveryTurnAppliedExactlyOnce()
    {
        const int writers = 6, turnsEach = 10;
        var stores = Enumerable.Range(0, writers).Select(_ => CreateStore()).ToArray();

        await Task.WhenAll(stores.Select((store, w) => Task.Run(async () =>
        {
            for (var t = 0; t < turnsEach; t++)
            {
                await TurnRunner.ApplyAsync(store, "c1", $"w{w}-t{t}", Ct);
                // A redelivery of the same activity is answered from the store, not applied again.
                await TurnRunner.ApplyAsync(store, "c1", $"w{w}-t{t}", Ct);
            }
        })));

        var loaded = await CreateStore().LoadAsync("c1", Ct);
        Assert.Equal(writers * turnsEach, loaded!.State.Done.Count);
        Assert.Equal(writers * turnsEach, loaded.State.Done.Distinct().Count());
        Assert.Equal(writers * turnsEach, loaded.Version);
        Assert.Equal(writers * turnsEach, Count("processed_activities"));
        for (var w = 0; w < writers; w++)
        {
            var own = loaded.State.Done.Where(id => id.StartsWith($"w{w}-", StringComparison.Ordinal)).ToList();
            Assert.Equal(Enumerable.Range(0, turnsEach).Select(t => $"w{w}-t{t}"), own);
        }
    }

    protected static ConversationState State(string conversation, string respondent, string regionName) => new()
    {
        ConversationKey = conversation,
        RespondentKey = respondent,
        Profile = new() { RegionName = regionName },
        Answers = new() { ["kwaliteit"] = 3, ["financien"] = null },
    };

    protected static FinishedAssessment Assessment(string conversation, string respondent) => new(
        Guid.NewGuid().ToString("N"), conversation, respondent, "Binnenmeren", "rules-abc", "{}", "{}",
        new Dictionary<string, string> { ["kwaliteit"] = "Kort" }, DateTimeOffset.UtcNow);
}
