using SamenOpleiden.Advisor.Storage.Tests.Sqlite;

namespace SamenOpleiden.Advisor.Storage.Tests.Reliability;

public sealed class SqliteCrashRecoveryTests : CrashRecoveryContract, IDisposable
{
    private readonly TempDatabase _database = new();

    protected override string Provider => "sqlite";

    protected override string Target => _database.Path;

    public void Dispose() => _database.Dispose();
}
