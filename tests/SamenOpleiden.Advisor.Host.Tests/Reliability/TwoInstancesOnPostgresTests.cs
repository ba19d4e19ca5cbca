using System.Net;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Testing.Postgres;

namespace SamenOpleiden.Advisor.Host.Tests.Reliability;

/// <summary>
/// Two instances of the Direct Line service with a bot that only records turns, on one PostgreSQL database: the
/// race of one conversation's messages on both at once. The real service is in <see cref="RealHostsOnPostgresTests"/>.
/// </summary>
[Trait("Needs", "PostgreSQL")]
[Collection(PostgresCollection.Name)]
public sealed class TwoInstancesOnPostgresTests(PostgresCluster cluster) : IAsyncLifetime
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);
    private readonly string _connectionString = cluster.CreateDatabase();
    private AdvisorInstance _a = null!;
    private AdvisorInstance _b = null!;

    public async Task InitializeAsync()
    {
        // Started together: both migrate the same empty database at once.
        var a = AdvisorInstance.StartOnPostgresAsync(_connectionString);
        var b = AdvisorInstance.StartOnPostgresAsync(_connectionString);
        (_a, _b) = (await a, await b);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
    }

    [Fact]
    public async Task TwoMessagesAtOnceInOneConversationOnTwoInstancesAreBothAppliedOnce()
    {
        for (var round = 0; round < 5; round++)
        {
            var (conversationId, token, _) = await _a.StartConversationAsync();
            var posts = new[] { (_a, "links"), (_b, "rechts") }.Select(p => Task.Run(() => p.Item1.PostMessageAsync(conversationId, token, p.Item2)));
            foreach (var response in await Task.WhenAll(posts))
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                response.Dispose();
            }

            var replies = await WaitForRepliesAsync(_a, conversationId, token, 2);
            var state = (await _b.Service<IConversationStore>().LoadAsync("directline:" + conversationId, CancellationToken.None))!.State;
            Assert.Equal(["links", "rechts"], state.Done.Order());
            Assert.Equal(["antwoord op links", "antwoord op rechts"], replies.Order());
        }
    }

    private static async Task<IReadOnlyList<string>> WaitForRepliesAsync(AdvisorInstance instance, string conversationId, string token, int count)
    {
        var deadline = DateTime.UtcNow + ReplyTimeout;
        while (true)
        {
            var replies = await instance.BotTextsAsync(conversationId, token);
            if (replies.Count >= count || DateTime.UtcNow > deadline)
            {
                return replies;
            }

            await Task.Delay(50);
        }
    }
}
