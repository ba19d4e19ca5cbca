using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Storage.Tests.Sqlite;

public sealed class SqliteConversationStoreTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task SaveTurnAsync_NewConversation_CreatesFileInWalModeAndLoadsBack()
    {
        var store = _database.CreateStore();

        var version = await store.SaveTurnAsync(new TurnRecord(State("c1", "u1", regionName: "Binnenmeren"), null, null, []), _ct);
        var loaded = await store.LoadAsync("c1", _ct);

        Assert.True(File.Exists(_database.Path));
        Assert.Equal("wal", _database.Scalar("PRAGMA journal_mode;"));
        Assert.Equal(1, version);
        Assert.Equal("Binnenmeren", loaded!.State.Profile.RegionName);
        Assert.Equal(3, loaded.State.Answers["kwaliteit"]);
        Assert.Equal(1, loaded.Version);
    }

    [Fact]
    public async Task LoadAsync_UnknownConversation_ReturnsNull()
    {
        Assert.Null(await _database.CreateStore().LoadAsync("nope", _ct));
    }

    [Fact]
    public async Task LoadAsync_NewStoreOnSameFile_ResumesSavedState()
    {
        await _database.CreateStore().SaveTurnAsync(new TurnRecord(State("c1", "u1", "Vallei"), null, null, []), _ct);

        var restarted = await _database.CreateStore().LoadAsync("c1", _ct);

        Assert.Equal("Vallei", restarted!.State.Profile.RegionName);
    }

    [Fact]
    public async Task SaveTurnAsync_StaleVersion_ThrowsConflictAndKeepsFirstWrite()
    {
        var store = _database.CreateStore();
        await store.SaveTurnAsync(new TurnRecord(State("c1", "u1", "A"), null, null, []), _ct);
        await store.SaveTurnAsync(new TurnRecord(State("c1", "u1", "B"), 1, null, []), _ct);

        await Assert.ThrowsAsync<ConversationConflictException>(
            () => store.SaveTurnAsync(new TurnRecord(State("c1", "u1", "C"), 1, null, []), _ct));

        var loaded = await store.LoadAsync("c1", _ct);
        Assert.Equal("B", loaded!.State.Profile.RegionName);
        Assert.Equal(2, loaded.Version);
    }

    [Fact]
    public async Task SaveTurnAsync_SecondInsertOfNewConversation_ThrowsConflict()
    {
        var store = _database.CreateStore();
        await store.SaveTurnAsync(new TurnRecord(State("c1", "u1", "A"), null, null, []), _ct);

        await Assert.ThrowsAsync<ConversationConflictException>(
            () => store.SaveTurnAsync(new TurnRecord(State("c1", "u1", "B"), null, null, []), _ct));
    }

    [Fact]
    public async Task SaveTurnAsync_ConflictOnReplies_WritesNothingOfTheTurn()
    {
        var store = _database.CreateStore();
        await store.SaveTurnAsync(new TurnRecord(State("c1", "u1", "A"), null, "act-1", [new TextReply("eerste")]), _ct);

        await Assert.ThrowsAsync<ConversationConflictException>(
            () => store.SaveTurnAsync(new TurnRecord(State("c1", "u1", "B"), 1, "act-1", [new TextReply("tweede")], Assessment("c1", "u1")), _ct));

        var loaded = await store.LoadAsync("c1", _ct);
        Assert.Equal("A", loaded!.State.Profile.RegionName);
        Assert.Equal(0, _database.Count("assessments"));
    }

    [Fact]
    public async Task FindRepliesAsync_ProcessedActivity_ReturnsTheSameReplies()
    {
        var store = _database.CreateStore();
        IReadOnlyList<Reply> replies =
        [
            new TextReply("Welkom"),
            new QuestionReply("Hoe heet jullie regio?", [new Choice("Ja", "ja")], new Progress(1, 11, "vraag 1 van 11")),
            new SummaryReply("Samenvatting", [new Fact("regio", "Binnenmeren")]),
            new AdviceStepReply("Stap 1", [new AdviceItemView("t", "s", ["a"], "wie", "nu", null)]),
            new ReportLinkReply("Rapport", "https://example.org/r/1"),
        ];
        await store.SaveTurnAsync(new TurnRecord(State("c1", "u1", "A"), null, "act-1", replies), _ct);

        var found = await store.FindRepliesAsync("c1", "act-1", _ct);

        Assert.Equal(ReplyJson.Serialize(replies), ReplyJson.Serialize(found!));
        Assert.IsType<QuestionReply>(found![1]);
        Assert.Null(await store.FindRepliesAsync("c1", "act-2", _ct));
    }

    [Fact]
    public async Task SaveTurnAsync_WithAssessment_StoresItWithRulesVersion()
    {
        var store = _database.CreateStore();
        await store.SaveTurnAsync(new TurnRecord(State("c1", "u1", "A"), null, null, [], Assessment("c1", "u1")), _ct);

        var listed = await store.ListAssessmentsAsync("u1", _ct);
        var found = await store.FindAssessmentAsync(listed.Single().Id, _ct);

        Assert.Equal("rules-abc", found!.RulesVersion);
        Assert.Equal("Kort", found.Remarks["kwaliteit"]);
        Assert.Equal("Binnenmeren", found.RegionName);
    }

    [Fact]
    public async Task DeleteRespondentAsync_RespondentWithData_LeavesNothingOfThemAndKeepsOthers()
    {
        var store = _database.CreateStore();
        await store.SaveTurnAsync(new TurnRecord(State("c1", "u1", "A"), null, "a1", [new TextReply("x")], Assessment("c1", "u1")), _ct);
        await store.SaveTurnAsync(new TurnRecord(State("c2", "u1", "A"), null, "a2", [new TextReply("x")]), _ct);
        await store.SaveTurnAsync(new TurnRecord(State("c3", "u2", "B"), null, "a3", [new TextReply("y")], Assessment("c3", "u2")), _ct);

        var report = await store.DeleteRespondentAsync("u1", _ct);

        Assert.Equal(5, report.Total);
        foreach (var table in new[] { "conversations", "processed_activities", "assessments" })
        {
            Assert.Equal(0, _database.Count(table, "respondent_key = 'u1'"));
            Assert.Equal(1, _database.Count(table, "respondent_key = 'u2'"));
        }

        Assert.Equal(0, _database.Count("conversations", "state_json LIKE '%u1%'"));
    }

    [Fact]
    public async Task SaveTurnAsync_SqlMetaCharactersInState_StoredVerbatim()
    {
        var store = _database.CreateStore();
        const string name = "x'); DROP TABLE conversations; --";

        await store.SaveTurnAsync(new TurnRecord(State("c1", "u1", name), null, "a'1", []), _ct);

        Assert.Equal(name, (await store.LoadAsync("c1", _ct))!.State.Profile.RegionName);
    }

    private static ConversationState State(string conversation, string respondent, string regionName) => new()
    {
        ConversationKey = conversation,
        RespondentKey = respondent,
        Profile = new() { RegionName = regionName },
        Answers = new() { ["kwaliteit"] = 3, ["financien"] = null },
    };

    private static FinishedAssessment Assessment(string conversation, string respondent) => new(
        Guid.NewGuid().ToString("N"), conversation, respondent, "Binnenmeren", "rules-abc", "{}", "{}",
        new Dictionary<string, string> { ["kwaliteit"] = "Kort" }, DateTimeOffset.UtcNow);
}
