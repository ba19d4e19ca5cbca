using SamenOpleiden.Advisor.Storage.Tests.Contracts;
using SamenOpleiden.Advisor.Storage.Tests.Databases;

namespace SamenOpleiden.Advisor.Storage.Tests.Sqlite;

public sealed class SqliteTranscriptStoreTests() : TranscriptStoreContract(new SqliteTestDatabase())
{
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
