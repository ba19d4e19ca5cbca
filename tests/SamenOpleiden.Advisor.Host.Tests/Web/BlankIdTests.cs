using SamenOpleiden.Advisor.Testing;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SamenOpleiden.Advisor.Testing.DirectLine;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Host.Tests.Web;

/// <summary>An id that is blank or missing is a bad request on every channel: 400, not a turn, not a failure in the log.</summary>
public sealed class BlankIdTests : IDisposable
{
    private readonly AdvisorHost _app = AdvisorHost.ForWebChat(bot: "advisor");

    [Fact]
    public async Task EveryChannelAnswersABlankOrMissingId400()
    {
        var http = _app.CreateClient();
        var directLine = new DirectLineClient(http);
        var conversationId = (string)(await directLine.StartAsync(AdvisorHost.DirectLineSecret))["conversationId"]!;

        var calls = new List<(string What, Func<Task<HttpResponseMessage>> Send)>
        {
            ("/api/messages from.id ' '", () => Teams(http, from: new { id = " " })),
            ("/api/messages from.id missing", () => Teams(http, from: new { name = "Sanne" })),
            ("/api/messages from missing", () => Teams(http, from: null)),
            ("/api/messages conversation.id ' '", () => Teams(http, from: new { id = "29:user" }, conversationId: " ")),
            ("Direct Line conversation id ' '", () => directLine.PostMessageAsync("%20", AdvisorHost.DirectLineSecret, "hallo")),
            ("Direct Line from.id ' '", () => directLine.PostMessageAsync(conversationId, AdvisorHost.DirectLineSecret, "hallo", from: " ")),
            ("Direct Line start, user.id ' '", () => directLine.SendAsync(HttpMethod.Post, "/conversations", AdvisorHost.DirectLineSecret, "{\"user\":{\"id\":\" \"}}")),
            ("Direct Line token, user.id ' '", () => directLine.SendAsync(HttpMethod.Post, "/tokens/generate", AdvisorHost.DirectLineSecret, "{\"user\":{\"id\":\" \"}}")),
        };
        var statuses = new List<(string What, HttpStatusCode Status)>();
        foreach (var (what, send) in calls)
        {
            using var response = await send();
            statuses.Add((what, response.StatusCode));
        }

        var failures = _app.Logs.GetSnapshot().Count(entry => entry.Level >= LogLevel.Error);
        ReliabilityLog.Write($"hardening #7 blank ids: {statuses.Count} requests with a blank or missing id on /api/messages and Direct Line: " +
            $"{string.Join(", ", statuses.GroupBy(s => (int)s.Status).Select(g => $"{g.Key}x{g.Count()}"))}; errors logged {failures}");
        Assert.All(statuses, s => Assert.True(s.Status == HttpStatusCode.BadRequest, $"{s.What}: {(int)s.Status}"));
        Assert.Equal(0, failures);
    }

    public void Dispose() => _app.Dispose();

    private static Task<HttpResponseMessage> Teams(HttpClient http, object? from, string conversationId = "a:1on1") =>
        http.PostAsync("/api/messages", new StringContent(JsonSerializer.Serialize(new
        {
            type = "message", id = "activity-1", channelId = "msteams", serviceUrl = "https://smba.trafficmanager.net/emea/",
            deliveryMode = "expectReplies", from, recipient = new { id = "28:bot" }, conversation = new { id = conversationId }, text = "hallo",
        }), Encoding.UTF8, "application/json"));
}
