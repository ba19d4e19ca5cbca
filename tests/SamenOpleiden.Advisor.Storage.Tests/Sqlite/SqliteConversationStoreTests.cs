using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Storage.Tests.Contracts;
using SamenOpleiden.Advisor.Storage.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Storage.Tests.Sqlite;

public sealed class SqliteConversationStoreTests() : ConversationStoreContract(new SqliteTestDatabase())
{
    private string FilePath => ((SqliteTestDatabase)Database).Path;

    [Fact]
    public async Task SaveTurnAsync_NewConversation_CreatesFileInWalMode()
    {
        await CreateStore().SaveTurnAsync(new TurnRecord(State("c1", "u1", regionName: "Binnenmeren"), null, null, []), Ct);

        Assert.True(File.Exists(FilePath));
        Assert.Equal("wal", Database.Scalar("PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task SaveTurnAsync_ManyTurnsQueuedAtOnce_EachCommittedAndAStaleOneRefusedAlone()
    {
        var store = CreateStore();
        await store.SaveTurnAsync(new TurnRecord(State("c0", "u0", "A"), null, null, []), Ct);
        await store.SaveTurnAsync(new TurnRecord(State("c0", "u0", "B"), 1, null, []), Ct);

        // Queued without waiting, so most share a transaction with the stale turn in the middle.
        var fresh = Enumerable.Range(1, 40).Select(i => store.SaveTurnAsync(new TurnRecord(State($"c{i}", $"u{i}", $"R{i}"), null, $"a{i}", [new TextReply("ok")]), Ct)).ToList();
        var stale = store.SaveTurnAsync(new TurnRecord(State("c0", "u0", "C"), 1, "stale", [new TextReply("nee")]), Ct);
        fresh.AddRange(Enumerable.Range(41, 40).Select(i => store.SaveTurnAsync(new TurnRecord(State($"c{i}", $"u{i}", $"R{i}"), null, $"a{i}", [new TextReply("ok")]), Ct)));

        await Assert.ThrowsAsync<ConversationConflictException>(() => stale);
        Assert.All(await Task.WhenAll(fresh), version => Assert.Equal(1, version));
        Assert.Equal(81, Count("conversations"));
        Assert.Equal(80, Count("processed_activities"));
        Assert.Equal("B", (await CreateStore().LoadAsync("c0", Ct))!.State.Profile.RegionName);
    }

    [Fact]
    public async Task LoadAsync_StateSavedSinceByAnotherProcess_OldCopyIsRefusedAndTheNewStateLoaded()
    {
        var first = CreateStore();
        await first.SaveTurnAsync(new TurnRecord(State("c1", "u1", "A"), null, null, []), Ct);
        await CreateStore().SaveTurnAsync(new TurnRecord(State("c1", "u1", "B"), 1, null, []), Ct);

        var remembered = await first.LoadAsync("c1", Ct);
        await Assert.ThrowsAsync<ConversationConflictException>(
            () => first.SaveTurnAsync(new TurnRecord(remembered!.State, remembered.Version, null, []), Ct));
        var reloaded = await first.LoadAsync("c1", Ct);

        Assert.Equal("B", reloaded!.State.Profile.RegionName);
        Assert.Equal(2, reloaded.Version);
    }

    [Fact]
    public async Task SaveTurnAsync_ManyTurns_CopiedIntoTheDatabaseFileWhileTheServiceRuns()
    {
        var store = CreateStore();
        var reply = new TextReply(new string('x', 2_000));

        // About 3,000 WAL pages: below the writer's own checkpoint (10,000), so only the checkpointer can copy them.
        for (var i = 0; i < 600; i++)
        {
            await store.SaveTurnAsync(new TurnRecord(State($"c{i}", $"u{i}", new string('r', 2_000)), null, $"a{i}", [reply]), Ct);
        }

        var copied = await Eventually(() => new FileInfo(FilePath).Length > 1_000_000);
        Assert.True(copied, $"database file {new FileInfo(FilePath).Length} bytes, WAL {new FileInfo(FilePath + "-wal").Length} bytes");
    }

    private static async Task<bool> Eventually(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 100 && !condition(); attempt++)
        {
            await Task.Delay(50);
        }

        return condition();
    }
}
