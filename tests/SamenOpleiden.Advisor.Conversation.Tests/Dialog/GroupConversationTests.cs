using SamenOpleiden.Advisor.Conversation.Dialog;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Conversation.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Conversation.Tests.Dialog;

/// <summary>Two people in one group chat: each has an assessment of their own, whatever the other types.</summary>
public sealed class GroupConversationTests
{
    private readonly InMemoryConversationStore _store = new();

    private ChatDriver Member(string user) => new(_store, conversationId: "19:groep@thread.v2", userId: user, inGroup: true);

    private static async Task AnswerProfileAndFirstFocusPointsAsync(ChatDriver chat, string region, params string[] phases)
    {
        await chat.StartAsync();
        await chat.SayAsync(region);
        while ((await chat.StateAsync()).Current!.StartsWith("profile:", StringComparison.Ordinal))
        {
            await chat.SayAsync("weet ik niet");
        }

        foreach (var phase in phases)
        {
            await chat.SayAsync(phase);
        }
    }

    /// <summary>Alice (Binnenmeren, three focus points in phase 3) and Bob (Stad en Streek, one in phase 1), in one group.</summary>
    private async Task<(ChatDriver Alice, ChatDriver Bob)> TwoMembersWithAnswersAsync()
    {
        var alice = Member("alice");
        var bob = Member("bob");
        await AnswerProfileAndFirstFocusPointsAsync(alice, "Binnenmeren", "3", "3", "3");
        await AnswerProfileAndFirstFocusPointsAsync(bob, "Stad en Streek", "1");
        return (alice, bob);
    }

    [Fact]
    public async Task HandleAsync_TwoMembersOfAGroup_EachSeesOnlyTheirOwnAnswersInTheSummary()
    {
        var (alice, bob) = await TwoMembersWithAnswersAsync();

        await bob.SayAsync("samenvatting");

        var summary = Assert.Single(bob.Last.OfType<SummaryReply>());
        Assert.Contains(summary.Facts, f => f is { Label: "Regio", Value: "Stad en Streek" });
        Assert.DoesNotContain(summary.Facts, f => f.Value.Contains("Binnenmeren", StringComparison.Ordinal));
        Assert.Single(summary.Facts, f => f.Value.StartsWith("fase ", StringComparison.Ordinal));
        Assert.Equal(3, (await alice.StateAsync()).Answers.Count);
    }

    [Fact]
    public async Task HandleAsync_OneAsksToDeleteAndTheOtherSaysJa_NothingOfEitherIsDeleted()
    {
        var (alice, bob) = await TwoMembersWithAnswersAsync();

        await bob.SayAsync("verwijder mijn gegevens");
        await alice.SayAsync("ja");

        Assert.DoesNotContain("verwijderd", alice.LastText, StringComparison.Ordinal);
        Assert.Equal(3, (await alice.StateAsync()).Answers.Count);
        Assert.Equal(PendingConfirmations.Delete, (await bob.StateAsync()).PendingConfirmation);
        Assert.Null((await alice.StateAsync()).PendingConfirmation);

        await bob.SayAsync("ja");

        Assert.Contains("Ik heb al je gegevens verwijderd", bob.LastText, StringComparison.Ordinal);
        Assert.Null(await _store.LoadAsync(bob.ConversationKey, CancellationToken.None));
        Assert.Equal(3, (await alice.StateAsync()).Answers.Count);
        Assert.Equal("Binnenmeren", (await alice.StateAsync()).Profile.RegionName);
    }

    [Fact]
    public async Task HandleAsync_FirstTurnInAGroup_SaysTheAssessmentIsTheSpeakersOwnAndOthersMayReadAlong()
    {
        var alice = Member("alice");

        await alice.StartAsync();

        Assert.Contains(DialogTexts.InGroup, alice.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_OneOnOneConversationStoredByAnEarlierVersion_CarriesOnWhereItWas()
    {
        // Stored before this version: keyed "channel:conversation" (as 1:1 chats still are) and waiting at the remark
        // question that used to follow every focus point.
        var stored = new ConversationState
        {
            ConversationKey = "test:a:1on1",
            RespondentKey = "test:u1",
            Current = "remark:kwaliteit",
            Done = [.. Conversation.Dialog.Profile.ProfileQuestions.All.Select(q => Slots.Profile(q.Key)), "fp:kwaliteit"],
            Answers = new() { ["kwaliteit"] = 2 },
        };
        stored.Profile = stored.Profile with { RegionName = "Vallei & Velden" };
        await _store.SaveTurnAsync(new TurnRecord(stored, null, "old-1", []), CancellationToken.None);
        var chat = new ChatDriver(_store, conversationId: "a:1on1", userId: "u1");

        await chat.SayAsync("HR doet nog niet mee");

        var state = await chat.StateAsync();
        Assert.Equal("Vallei & Velden", state.Profile.RegionName);
        Assert.Equal("HR doet nog niet mee", state.Remarks["kwaliteit"]);
        Assert.Equal("fp:doelstellingen", state.Current);
        await chat.SayAsync("3");
        Assert.Equal("fp:solidariteit", (await chat.StateAsync()).Current);
    }

    [Fact]
    public async Task HandleAsync_OpenedAgainWithACommand_CarriesTheCommandOutForTheSpeaker()
    {
        var alice = new ChatDriver(_store, conversationId: "a:alice-1on1", userId: "alice");
        await AnswerProfileAndFirstFocusPointsAsync(alice, "Binnenmeren", "3");

        // A mention in the group ("@Adviseur samenvatting") reopens the 1:1 chat with the command in it.
        await alice.StartAsync("samenvatting");

        Assert.Contains(alice.Last, r => r is SummaryReply { Title: "Je antwoorden tot nu toe" });
        await alice.StartAsync("hallo");
        Assert.Contains("Welkom terug", alice.LastText, StringComparison.Ordinal);
    }
}
