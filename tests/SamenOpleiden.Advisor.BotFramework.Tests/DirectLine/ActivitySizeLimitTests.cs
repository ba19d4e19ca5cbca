using SamenOpleiden.Advisor.Testing.DirectLine;
using SamenOpleiden.Advisor.Testing;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SamenOpleiden.Advisor.BotFramework.Tests.DirectLine;

/// <summary>
/// One open web page cannot fill memory or disk: every channel refuses an activity above the same size before
/// anything of it is stored, and a conversation's transcript stops growing at its cap.
/// </summary>
public sealed class ActivitySizeLimitTests : IDisposable
{
    /// <summary>The default of <c>Channels:MaxActivityBytes</c>.</summary>
    private const int Limit = 64 * 1024;
    private readonly AdvisorHost _app = AdvisorHost.ForWebChat();

    [Fact]
    public async Task TwelvePostsOf29MegabytesOnEachChannelAreRefusedWith413AndStoreNothing()
    {
        var client = new DirectLineClient(_app.CreateClient());
        var conversationId = (string)(await client.StartAsync(AdvisorHost.DirectLineSecret))["conversationId"]!;
        await client.WaitForActivitiesAsync(conversationId, AdvisorHost.DirectLineSecret, a => a.Count >= 1);
        var before = await TranscriptBytesAsync(client, conversationId);
        var huge = new string('x', 29 * 1024 * 1024);

        var statuses = new List<(string Channel, HttpStatusCode Status)>();
        for (var i = 0; i < 12; i++)
        {
            using var directLine = await PostAsync(client.Http, $"/v3/directline/conversations/{conversationId}/activities", DirectLineMessage(huge), AdvisorHost.DirectLineSecret);
            using var teams = await PostAsync(client.Http, "/api/messages", TeamsMessage(huge), bearer: null);
            statuses.Add(("Direct Line", directLine.StatusCode));
            statuses.Add(("/api/messages", teams.StatusCode));
        }

        var grown = await TranscriptBytesAsync(client, conversationId) - before;
        ReliabilityLog.Write($"hardening #1 size: 12 posts of 29 MB on Direct Line and on /api/messages: " +
            string.Join(", ", statuses.GroupBy(s => (s.Channel, (int)s.Status)).Select(g => $"{g.Key.Channel} {g.Key.Item2}x{g.Count()}")) +
            $"; transcript grew by {grown} bytes");
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.RequestEntityTooLarge, s.Status));
        Assert.Equal(0, grown);
    }

    [Fact]
    public async Task BothChannelsTakeAnActivityOfExactlyTheLimitAndRefuseOneByteMore()
    {
        var client = new DirectLineClient(_app.CreateClient());
        var conversationId = (string)(await client.StartAsync(AdvisorHost.DirectLineSecret))["conversationId"]!;

        async Task<HttpStatusCode> DirectLineAsync(int size)
        {
            using var response = await PostAsync(client.Http, $"/v3/directline/conversations/{conversationId}/activities", Sized(DirectLineMessage, size), AdvisorHost.DirectLineSecret);
            return response.StatusCode;
        }

        async Task<HttpStatusCode> TeamsAsync(int size)
        {
            using var response = await PostAsync(client.Http, "/api/messages", Sized(TeamsTyping, size), bearer: null);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await DirectLineAsync(Limit));
        Assert.Equal(HttpStatusCode.OK, await TeamsAsync(Limit));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await DirectLineAsync(Limit + 1));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await TeamsAsync(Limit + 1));
    }

    [Fact]
    public async Task AConversationStopsTakingMessagesAtItsCapAndKeepsWhatItHas()
    {
        const int cap = 100_000;
        _app.Settings["DirectLine:MaxTranscriptBytesPerConversation"] = cap.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var client = new DirectLineClient(_app.CreateClient());
        var conversationId = (string)(await client.StartAsync(AdvisorHost.DirectLineSecret))["conversationId"]!;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            using var response = await client.PostMessageAsync(conversationId, AdvisorHost.DirectLineSecret, $"{i} " + new string('x', 8_000));
            statuses.Add(response.StatusCode);
            // The echo of each message is stored too; wait for it before the next, as a person would.
            var accepted = statuses.Count(s => s == HttpStatusCode.OK);
            await client.WaitForActivitiesAsync(conversationId, AdvisorHost.DirectLineSecret, a => a.Count >= 1 + (2 * accepted));
        }

        var held = await TranscriptBytesAsync(client, conversationId);
        ReliabilityLog.Write($"hardening #1 transcript cap: 20 messages of 8 kB into a conversation capped at {cap} bytes: " +
            $"{statuses.Count(s => s == HttpStatusCode.OK)} taken, {statuses.Count(s => s == HttpStatusCode.RequestEntityTooLarge)} refused with 413; the transcript holds {held} bytes");
        var firstRefused = statuses.IndexOf(HttpStatusCode.RequestEntityTooLarge);
        Assert.InRange(firstRefused, 1, 19);
        Assert.All(statuses.Skip(firstRefused), s => Assert.Equal(HttpStatusCode.RequestEntityTooLarge, s));
        // Past the cap by at most the bot's answer to the last message it took.
        Assert.InRange(held, cap / 2, cap + 20_000);
    }

    public void Dispose() => _app.Dispose();

    private static async Task<long> TranscriptBytesAsync(DirectLineClient client, string conversationId) =>
        (await client.GetActivitiesAsync(conversationId, AdvisorHost.DirectLineSecret))["activities"]!.AsArray().Sum(a => (long)Encoding.UTF8.GetByteCount(a!.ToJsonString()));

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, string path, byte[] body, string? bearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await http.SendAsync(request);
    }

    /// <summary>The activity built by <paramref name="build"/> with its text padded so the body is exactly <paramref name="size"/> bytes.</summary>
    private static byte[] Sized(Func<string, byte[]> build, int size) => build(new string('x', size - build("").Length));

    private static byte[] DirectLineMessage(string text) =>
        JsonSerializer.SerializeToUtf8Bytes(new { type = "message", from = new { id = "u1" }, text });

    private static byte[] TeamsMessage(string text) =>
        JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = "message", id = "a1", channelId = "msteams", serviceUrl = "https://smba.trafficmanager.net/emea/", deliveryMode = "expectReplies",
            from = new { id = "29:user" }, recipient = new { id = "28:bot" }, conversation = new { id = "a:1" }, text,
        });

    // A typing activity asks nothing of the conversation: /api/messages answers it with 200 once it is accepted.
    private static byte[] TeamsTyping(string text) =>
        JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = "typing", id = "t1", channelId = "msteams", serviceUrl = "https://smba.trafficmanager.net/emea/",
            from = new { id = "29:user" }, recipient = new { id = "28:bot" }, conversation = new { id = "a:1" }, text,
        });
}
