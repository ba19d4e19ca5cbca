using SamenOpleiden.Advisor.Storage.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Storage.Tests.Reliability;

[Trait("Needs", "Process")]
public sealed class SqliteCrashRecoveryTests : CrashRecoveryContract, IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    protected override string Provider => "sqlite";

    protected override string Target => _database.Path;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();
}
