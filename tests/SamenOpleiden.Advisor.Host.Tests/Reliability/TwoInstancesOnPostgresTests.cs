using System.Diagnostics;
using System.Net;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Storage.Tests.Postgres;
using Xunit.Abstractions;

namespace SamenOpleiden.Advisor.Host.Tests.Reliability;

/// <summary>Two advisor instances behind one PostgreSQL database, as behind a load balancer.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoInstancesOnPostgresTests(PostgresCluster cluster, ITestOutputHelper output) : IAsyncLifetime
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
    public async Task AConversationStartedOnAAndContinuedOnBDeliversEveryReplyInOrderToTheWebSocketOnA()
    {
        const int turns = 12;
        var (conversationId, token, streamUrl) = await _a.StartConversationAsync();
        await using var socket = await WebSocketReader.ConnectAsync(streamUrl);

        var sent = new List<string>();
        for (var i = 1; i <= turns; i++)
        {
            sent.Add($"bericht {i}");
            using var response = await _b.PostMessageAsync(conversationId, token, sent[^1]);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var received = await socket.WaitForAsync(turns, ReplyTimeout);
        var counts = TurnCounts.Of(sent, received.Select(r => r.Text["antwoord op ".Length..]).ToList());
        Report("A->B WebSocket", counts);

        Assert.Equal(sent.Select(s => "antwoord op " + s), received.Select(r => r.Text));
        Assert.Equal(received.Select(r => r.Watermark).Order(), received.Select(r => r.Watermark));
        Assert.Equal(0, counts.Lost + counts.Doubled);
    }

    [Fact]
    public async Task FiftyConversationsOfThirtyTurnsAcrossTwoInstancesStoreEveryAnswerExactlyOnce()
    {
        const int conversations = 50, turns = 30;
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, conversations).Select(n => Task.Run(() => TalkAsync(n, turns))));

        var store = _a.Service<IConversationStore>();
        var sent = new List<string>();
        var stored = new List<string>();
        foreach (var (conversationId, token, texts) in results)
        {
            var state = (await store.LoadAsync("directline:" + conversationId, CancellationToken.None))!.State;
            Assert.Equal(texts, state.Done);
            var replies = await _b.BotTextsAsync(conversationId, token);
            Assert.Equal(texts.Select(t => "antwoord op " + t), replies);
            sent.AddRange(texts);
            stored.AddRange(state.Done);
        }

        var counts = TurnCounts.Of(sent, stored);
        Report($"50x30 in {clock.Elapsed.TotalSeconds:F1} s", counts);
        Assert.Equal(new TurnCounts(conversations * turns, conversations * turns, 0, 0), counts);
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

    private async Task<(string ConversationId, string Token, List<string> Texts)> TalkAsync(int n, int turns)
    {
        var (conversationId, token, _) = await (n % 2 == 0 ? _a : _b).StartConversationAsync($"user-{n}");
        var texts = new List<string>();
        for (var t = 0; t < turns; t++)
        {
            var (to, other) = t % 2 == 0 ? (_a, _b) : (_b, _a);
            texts.Add($"c{n}-t{t}");
            using (var response = await to.PostMessageAsync(conversationId, token, texts[^1], $"user-{n}"))
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }

            // A person waits for the answer before typing the next message; here the other instance shows it.
            await WaitForRepliesAsync(other, conversationId, token, t + 1);
        }

        return (conversationId, token, texts);
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

    private void Report(string scenario, TurnCounts counts)
    {
        output.WriteLine($"{scenario}: {counts}");
        Console.WriteLine($"[reliability] PostgreSQL two instances, {scenario}: {counts}");
    }
}
