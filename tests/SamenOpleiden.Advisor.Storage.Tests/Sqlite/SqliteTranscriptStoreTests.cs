using Microsoft.Data.Sqlite;
using SamenOpleiden.Advisor.Storage.Sqlite;

namespace SamenOpleiden.Advisor.Storage.Tests.Sqlite;

public sealed class SqliteTranscriptStoreTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"transcripts-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task CreateConversationAsync_SecondTime_ReturnsFalseAndKeepsIt()
    {
        var store = CreateTarget();

        Assert.True(await store.CreateConversationAsync("c1", default));
        Assert.False(await store.CreateConversationAsync("c1", default));
        Assert.True(await store.ConversationExistsAsync("c1", default));
        Assert.False(await store.ConversationExistsAsync("c2", default));
    }

    [Fact]
    public async Task AppendAsync_ConcurrentWriters_GetWatermarksOneToNWithoutGapsPerConversation()
    {
        var store = CreateTarget();
        await store.CreateConversationAsync("a", default);
        await store.CreateConversationAsync("b", default);

        // Two store instances stand in for two service instances sharing the file.
        var other = CreateTarget();
        var writes = Enumerable.Range(0, 40).Select(i =>
            (i % 2 == 0 ? store : other).AppendAsync(i % 4 < 2 ? "a" : "b", wm => $"{{\"wm\":{wm}}}", default));
        await Task.WhenAll(writes);

        var a = await store.ReadAfterAsync("a", 0, 100, default);
        var b = await store.ReadAfterAsync("b", 0, 100, default);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), a.Select(e => e.Watermark));
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), b.Select(e => e.Watermark));
        Assert.All(a, entry => Assert.Equal($"{{\"wm\":{entry.Watermark}}}", entry.Payload));
    }

    [Fact]
    public async Task ReadAfterAsync_Watermark_ReturnsOnlyLaterEntriesInOrderUpToMax()
    {
        var store = CreateTarget();
        await store.CreateConversationAsync("c", default);
        for (var i = 0; i < 5; i++)
        {
            await store.AppendAsync("c", wm => $"p{wm}", default);
        }

        var later = await store.ReadAfterAsync("c", 2, 2, default);

        Assert.Equal(["p3", "p4"], later.Select(e => e.Payload));
        Assert.Empty(await store.ReadAfterAsync("c", 5, 10, default));
    }

    [Fact]
    public async Task AppendAsync_NewStoreOnSameFile_ContinuesAfterTheLastWatermark()
    {
        var first = CreateTarget();
        await first.CreateConversationAsync("c", default);
        await first.AppendAsync("c", _ => "x", default);

        var afterRestart = CreateTarget();
        var entry = await afterRestart.AppendAsync("c", _ => "y", default);

        Assert.Equal(2, entry.Watermark);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private SqliteTranscriptStore CreateTarget() => new($"Data Source={_path}");
}
