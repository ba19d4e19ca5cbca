using SamenOpleiden.Advisor.Storage.Tests.Contracts;
using SamenOpleiden.Advisor.Storage.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Storage.Tests.Sqlite;

public sealed class SqliteMigratorTests() : MigratorContract(new SqliteTestDatabase())
{
    protected override string EarlierBuildScript => "sqlite.sql";

    // Files of the first builds: conversations only, then reports too, before transcripts came.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public Task EnsureMigratedAsync_FileOfABuildBeforeTranscripts_IsReadWrittenPurgedAndDeletedByRespondent(int version) =>
        AssertEarlierBuildStillOpensAsync(version);
}
