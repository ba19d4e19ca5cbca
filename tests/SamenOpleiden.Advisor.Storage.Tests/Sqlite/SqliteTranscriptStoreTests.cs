using SamenOpleiden.Advisor.Conversation.Transcripts;
using SamenOpleiden.Advisor.Storage.Sqlite;
using SamenOpleiden.Advisor.Storage.Tests.Contracts;

namespace SamenOpleiden.Advisor.Storage.Tests.Sqlite;

public sealed class SqliteTranscriptStoreTests : TranscriptStoreContract, IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    protected override ITranscriptStore CreateStore()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.Path)!);
        return new SqliteTranscriptStore(new SqliteDatabase(_database.Path));
    }

    [Fact]
    public async Task AppendAsync_NewStoreOnSameFile_ContinuesAfterTheLastWatermark()
    {
        var first = CreateStore();
        await first.CreateConversationAsync("c", null, default);
        await AppendAsync(first, "c", _ => "x");

        var afterRestart = CreateStore();
        var entry = await AppendAsync(afterRestart, "c", _ => "y");

        Assert.Equal(2, entry.Watermark);
    }
}
