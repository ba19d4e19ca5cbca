using SamenOpleiden.Advisor.Conversation.Transcripts;
using SamenOpleiden.Advisor.Storage.Stores;
using SamenOpleiden.Advisor.Storage.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Storage.Tests.Contracts;

/// <summary>What the <see cref="ITranscriptStore"/> must do on every database: gapless, unique watermarks per conversation, even with concurrent writers.</summary>
public abstract class TranscriptStoreContract(TestDatabase database) : DatabaseTest(database)
{
    /// <summary>A new store on the test's database, as another process or instance would open it.</summary>
    protected ITranscriptStore CreateStore() => new TranscriptStore(Database.Open());

    [Fact]
    public async Task CreateConversationAsync_SameIdTwice_ReportsOnlyTheFirstAsNew()
    {
        var store = CreateStore();

        Assert.False(await store.ConversationExistsAsync("dl-1", Ct));
        Assert.True(await store.CreateConversationAsync("dl-1", "directline:u1", Ct));
        Assert.False(await CreateStore().CreateConversationAsync("dl-1", "directline:u1", Ct));
        Assert.True(await CreateStore().ConversationExistsAsync("dl-1", Ct));
    }

    [Fact]
    public async Task AppendAsync_Entries_GetWatermarksOneTwoThreeAndPayloadsSeeTheirOwn()
    {
        var store = CreateStore();
        await store.CreateConversationAsync("dl-1", "directline:u1", Ct);

        var entries = new List<TranscriptEntry>();
        for (var i = 0; i < 3; i++)
        {
            entries.Add(await AppendAsync(store, "dl-1", watermark => $"{{\"id\":\"dl-1|{watermark}\"}}"));
        }

        Assert.Equal([1L, 2L, 3L], entries.Select(e => e.Watermark));
        Assert.Equal("{\"id\":\"dl-1|2\"}", entries[1].Payload);
    }

    [Fact]
    public async Task ReadAfterAsync_FromAWatermark_ReturnsOnlyLaterEntriesOfThatConversationUpToMax()
    {
        var store = CreateStore();
        await store.CreateConversationAsync("dl-1", "directline:u1", Ct);
        await store.CreateConversationAsync("dl-2", "directline:u2", Ct);
        for (var i = 1; i <= 5; i++)
        {
            await AppendAsync(store, "dl-1", w => $"a{w}");
            await AppendAsync(store, "dl-2", w => $"b{w}");
        }

        var read = await CreateStore().ReadAfterAsync("dl-1", 2, 2, Ct);

        Assert.Equal(["a3", "a4"], read.Select(e => e.Payload));
        Assert.Empty(await store.ReadAfterAsync("dl-1", 5, 10, Ct));
        Assert.Empty(await store.ReadAfterAsync("onbekend", 0, 10, Ct));
    }

    [Fact]
    public async Task AppendAsync_AfterARestart_ContinuesAfterTheLastWatermark()
    {
        var first = CreateStore();
        await first.CreateConversationAsync("dl-1", "directline:u1", Ct);
        await AppendAsync(first, "dl-1", _ => "x");

        var entry = await AppendAsync(CreateStore(), "dl-1", _ => "y");

        Assert.Equal(2, entry.Watermark);
    }

    [Fact]
    public async Task AppendAsync_ConcurrentWritersOnSeveralInstances_NeitherGapNorDuplicate()
    {
        const int writers = 4, appendsEach = 25;
        await CreateStore().CreateConversationAsync("dl-1", "directline:u1", Ct);

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var store = CreateStore();
            for (var i = 0; i < appendsEach; i++)
            {
                await AppendAsync(store, "dl-1", watermark => $"{w}:{i}@{watermark}");
            }
        })));

        var all = await CreateStore().ReadAfterAsync("dl-1", 0, 1000, Ct);
        Assert.Equal(Enumerable.Range(1, writers * appendsEach).Select(n => (long)n), all.Select(e => e.Watermark));
        Assert.All(all, e => Assert.EndsWith($"@{e.Watermark}", e.Payload, StringComparison.Ordinal));
        Assert.Equal(writers * appendsEach, all.Select(e => e.Payload.Split('@')[0]).Distinct().Count());
    }

    [Fact]
    public async Task AppendAsync_PastTheByteLimit_StoresNothingAndTheTranscriptKeepsWhatItHad()
    {
        var store = CreateStore();
        await store.CreateConversationAsync("dl-1", "directline:u1", Ct);
        var statuses = new List<TranscriptAppendStatus>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await store.AppendAsync("dl-1", w => $"{w}:" + new string('x', 998), byteLimit: 3_000, Ct)).Status);
        }

        var unlimited = await store.AppendAsync("dl-1", w => $"{w}:antwoord", byteLimit: null, Ct);

        Assert.Equal([TranscriptAppendStatus.Appended, TranscriptAppendStatus.Appended, TranscriptAppendStatus.Appended, TranscriptAppendStatus.Full, TranscriptAppendStatus.Full], statuses);
        Assert.Equal(4, unlimited.Entry!.Watermark);
        Assert.Equal([1L, 2L, 3L, 4L], (await CreateStore().ReadAfterAsync("dl-1", 0, 100, Ct)).Select(e => e.Watermark));
    }

    [Fact]
    public async Task AppendAsync_ConversationNeverCreated_StoresNothing()
    {
        var appended = await CreateStore().AppendAsync("nooit", _ => "x", byteLimit: null, Ct);

        Assert.Equal(TranscriptAppendStatus.ConversationMissing, appended.Status);
        Assert.False(await CreateStore().ConversationExistsAsync("nooit", Ct));
        Assert.Empty(await CreateStore().ReadAfterAsync("nooit", 0, 10, Ct));
    }

    /// <summary>Appends without a size limit and returns the stored entry.</summary>
    protected static async Task<TranscriptEntry> AppendAsync(ITranscriptStore store, string conversationId, Func<long, string> payload)
    {
        var appended = await store.AppendAsync(conversationId, payload, byteLimit: null, Ct);
        Assert.Equal(TranscriptAppendStatus.Appended, appended.Status);
        return appended.Entry!;
    }
}
