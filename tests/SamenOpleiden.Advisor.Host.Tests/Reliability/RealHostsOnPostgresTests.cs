using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Testing.Postgres;
using SamenOpleiden.Advisor.Testing;
using SamenOpleiden.Advisor.Testing.Processes;

namespace SamenOpleiden.Advisor.Host.Tests.Reliability;

/// <summary>Two processes of the real service (rules, dialog, engine) on one PostgreSQL database, as behind a load balancer.</summary>
[Trait("Needs", "Process")]
[Trait("Needs", "PostgreSQL")]
[Collection(PostgresCollection.Name)]
public sealed class RealHostsOnPostgresTests(PostgresCluster cluster) : IAsyncLifetime
{
    private readonly string _connectionString = cluster.CreateDatabase();
    private AdvisorService _a = null!;
    private AdvisorService _b = null!;

    public async Task InitializeAsync()
    {
        // Started together: both migrate the same empty database at once.
        var a = RealHost.StartOnPostgresAsync(_connectionString);
        var b = RealHost.StartOnPostgresAsync(_connectionString);
        (_a, _b) = (await a, await b);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
    }

    [Fact]
    public async Task AWebChatStartedOnInstanceAAndContinuedOnInstanceBGetsEveryReplyOnItsWebSocketOnAInOrder()
    {
        const int turns = 10;
        var (conversationId, token, streamUrl) = await StartDirectLineAsync(_a.Http);
        await using var socket = await WebSocketReader.ConnectAsync(streamUrl);

        var expected = new List<string>();
        for (var t = 0; t < turns; t++)
        {
            using var response = await PostDirectLineAsync(_b.Http, conversationId, token, t == 0 ? "hallo" : "weet ik niet");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            // A person reads the answer (here on B) before typing again.
            expected = [.. await WaitForBotTextsAsync(_b.Http, conversationId, token, expected.Count + 1)];
        }

        // The last turn may answer with more than one message: read the whole transcript once it is quiet.
        await Task.Delay(500);
        expected = [.. await WaitForBotTextsAsync(_b.Http, conversationId, token, expected.Count)];
        var received = await socket.WaitForAsync(expected.Count, TimeSpan.FromSeconds(30));
        ReliabilityLog.Write($"PostgreSQL two real hosts, web chat on A continued on B: messages sent {turns}, " +
            $"bot replies stored {expected.Count}, on A's WebSocket {received.Count}, lost {Math.Max(0, expected.Count - received.Count)}, " +
            $"doubled {Math.Max(0, received.Count - expected.Count)}");
        Assert.Equal(expected, received.Select(r => r.Text));
        Assert.Equal(received.Select(r => r.Watermark).Order(), received.Select(r => r.Watermark));
    }

    [Fact]
    public async Task FiftyTeamsConversationsOfThirtyTurnsAcrossBothInstancesAreEachStoredExactlyOnce()
    {
        const int conversations = 50, turns = 30;
        var clock = Stopwatch.StartNew();
        var sent = (await Task.WhenAll(Enumerable.Range(0, conversations).Select(n => Task.Run(async () =>
        {
            var ids = new List<string>();
            for (var t = 0; t < turns; t++)
            {
                ids.Add($"c{n}-t{t}");
                var (status, body) = await ChannelTurns.SendAsync(t % 2 == 0 ? _a.Http : _b.Http, $"a:load-{n}", ids[^1], t == 0 ? "hallo" : "weet ik niet");
                Assert.True(status == HttpStatusCode.OK, $"turn {ids[^1]}: {(int)status} {body}");
                Assert.NotEmpty(ChannelTurns.ReplyTexts(body));
            }

            return ids;
        })))).SelectMany(ids => ids).ToList();

        var stored = await StoredActivities.InPostgresAsync(_connectionString);
        var counts = TurnCounts.Of(sent, [.. stored.SelectMany(s => Enumerable.Repeat(s.Key, s.Value))]);
        ReliabilityLog.Write($"PostgreSQL two real hosts, {conversations}x{turns} Teams turns in {clock.Elapsed.TotalSeconds:F1} s: {counts}");
        Assert.Equal(new TurnCounts(conversations * turns, conversations * turns, 0, 0), counts);
    }

    private static async Task<(string ConversationId, string Token, string StreamUrl)> StartDirectLineAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations") { Content = JsonContent.Create(new { user = new { id = "user-1" } }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", RealHost.Secret);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!, body.GetProperty("streamUrl").GetString()!);
    }

    internal static async Task<HttpResponseMessage> PostDirectLineAsync(HttpClient http, string conversationId, string token, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities")
        {
            Content = JsonContent.Create(new { type = "message", from = new { id = "user-1" }, text }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }

    private static async Task<IReadOnlyList<string>> WaitForBotTextsAsync(HttpClient http, string conversationId, string token, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            var texts = body.GetProperty("activities").EnumerateArray().Where(AdvisorInstance.IsBotMessage).Select(a => a.GetProperty("text").GetString()!).ToList();
            if (texts.Count >= atLeast || DateTime.UtcNow > deadline)
            {
                return texts;
            }

            await Task.Delay(50);
        }
    }
}
