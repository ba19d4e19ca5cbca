using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Testing;
using SamenOpleiden.Advisor.Testing.Postgres;
using static SamenOpleiden.Advisor.Host.Tests.Rephrasing.RephrasingService;

namespace SamenOpleiden.Advisor.Host.Tests.Rephrasing;

/// <summary>The rephrasing cache lives in the store: a second service instance on the same database does not ask the model again.</summary>
[Trait("Needs", "PostgreSQL")]
[Collection(PostgresCollection.Name)]
public sealed class SharedRephrasingCacheTests(PostgresCluster cluster)
{
    [Fact]
    public Task ASecondInstanceOnTheSameSqliteFileShowsTheRephrasingWithoutAskingTheModel() =>
        AssertSecondInstanceUsesTheCacheAsync(new Dictionary<string, string?> { ["Storage:SqlitePath"] = AppFiles.TempDatabase() });

    [Fact]
    public Task ASecondInstanceOnTheSamePostgresDatabaseShowsTheRephrasingWithoutAskingTheModel() =>
        AssertSecondInstanceUsesTheCacheAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Advisor"] = cluster.CreateDatabase(),
        });

    private static async Task AssertSecondInstanceUsesTheCacheAsync(Dictionary<string, string?> store)
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Reply = _ => FakeModelAnswers.Faithful(server);

        await using (var first = new RephrasingService(server, extra: store))
        {
            var (chat, _) = await first.FinishAssessmentAsync("a:first-instance");
            Assert.Contains(FakeModelAnswers.Marker, Visible(chat.LastReplies));
        }

        await using var second = new RephrasingService(server, extra: store);
        var (again, _) = await second.FinishAssessmentAsync("a:second-instance");

        Assert.Contains(FakeModelAnswers.Marker, Visible(again.LastReplies));
        Assert.Equal(1, server.Calls);
    }
}
