using SamenOpleiden.Advisor.Conversation.Transcripts;
using SamenOpleiden.Advisor.Storage.Sqlite;
using SamenOpleiden.Advisor.Storage.Tests.Contracts;

namespace SamenOpleiden.Advisor.Storage.Tests.Sqlite;

public sealed class SqliteTranscriptStoreContractTests : TranscriptStoreContract, IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    protected override ITranscriptStore CreateStore()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.Path)!);
        return new SqliteTranscriptStore($"Data Source={_database.Path};Default Timeout=30");
    }
}
