using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Conversation.Transcripts;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Storage.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _file = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _file.DisposeAsync();

    [Theory]
    [InlineData("Storage:Provider", "Postgres", "Storage:Provider is Postgres but ConnectionStrings:Advisor is empty.")]
    [InlineData("Storage:Provider", "Oracle", "Storage:Provider 'Oracle' is unknown; use Sqlite or Postgres.")]
    [InlineData("Reports:LinkLifetimeDays", "0", "Reports:LinkLifetimeDays must be a positive number of days.")]
    public void ValidateOnStart_WrongSetting_StopsTheStartNamingTheKey(string key, string value, string expected)
    {
        using var provider = Compose(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, error.Failures);
    }

    [Fact]
    public void ValidateOnStart_PostgresWithAConnectionStringThatDoesNotParse_NamesTheKey()
    {
        using var provider = Compose(new() { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:Advisor"] = "Hots=db;Database=advisor" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.StartsWith("ConnectionStrings:Advisor is not a PostgreSQL connection string", Assert.Single(error.Failures));
    }

    [Fact]
    public void GetService_AStoreWithWrongSettingsOutsideAHost_FailsNamingTheKey()
    {
        using var provider = Compose(new() { ["Storage:Provider"] = "Postgres" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IConversationStore>());

        Assert.Contains("Storage:Provider is Postgres but ConnectionStrings:Advisor is empty.", error.Failures);
    }

    [Fact]
    public async Task AddAdvisorStorage_NoProvider_KeepsEverythingInTheSqliteFileOfStorageSqlitePath()
    {
        await using var provider = Compose(new() { ["Storage:SqlitePath"] = _file.Path });
        provider.GetRequiredService<IStartupValidator>().Validate();

        await provider.GetRequiredService<IConversationStore>().SaveTurnAsync(
            new TurnRecord(new ConversationState { ConversationKey = "c1", RespondentKey = "u1" }, null, "a1", []), default);
        var region = await provider.GetRequiredService<IRegionDirectory>().CreateAsync("Noord", default);
        await provider.GetRequiredService<ITranscriptStore>().CreateConversationAsync("dl-1", "u1", default);

        Assert.True(File.Exists(_file.Path));
        Assert.Equal(1, _file.Count("conversations"));
        Assert.Equal(1, _file.Count("report_regions", $"id = '{region.RegionId}'"));
        Assert.Equal(1, _file.Count("transcript_conversation"));
        Assert.IsType<InProcessTranscriptNotifications>(provider.GetRequiredService<ITranscriptNotifications>());
        Assert.True(await provider.GetRequiredService<IStorageHealth>().IsAvailableAsync(default));
    }

    private static ServiceProvider Compose(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddAdvisorStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
}
