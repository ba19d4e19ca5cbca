namespace SamenOpleiden.Advisor.Storage.Tests.TestSupport;

/// <summary>A test class on one fresh <see cref="TestDatabase"/>, removed when the class's tests are done with it.</summary>
public abstract class DatabaseTest(TestDatabase database) : IAsyncLifetime
{
    protected static CancellationToken Ct => CancellationToken.None;

    protected TestDatabase Database { get; } = database;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
