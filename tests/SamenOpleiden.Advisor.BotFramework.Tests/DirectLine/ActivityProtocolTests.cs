using SamenOpleiden.Advisor.Testing.DirectLine;
using Microsoft.Extensions.Time.Testing;
using SamenOpleiden.Advisor.Testing;
using System.Text.Json.Nodes;
using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace SamenOpleiden.Advisor.BotFramework.Tests.DirectLine;

/// <summary>Sending and polling activities (protocol brief §5.4, status codes §5.8).</summary>
public sealed class ActivityProtocolTests : IDisposable
{
    private readonly AdvisorHost _app = AdvisorHost.ForWebChat();

    [Fact]
    public async Task APostedMessageIsAnsweredWithItsIdAndEchoedUnchangedBeforeTheBotsReply()
    {
        var client = new DirectLineClient(_app.CreateClient());
        var conversationId = (string)(await client.StartAsync(AdvisorHost.DirectLineSecret))["conversationId"]!;
        // The welcome turn runs after the start returns; a message posted sooner would be recorded before it.
        await client.WaitForActivitiesAsync(conversationId, AdvisorHost.DirectLineSecret, a => a.Count >= 1);

        var response = await client.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", AdvisorHost.DirectLineSecret,
            """{"type":"message","text":"Hallo","from":{"id":"u1","role":"user"},"channelData":{"clientActivityID":"c-42"},"entities":[{"type":"ClientCapabilities"}]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = (string)(await DirectLineClient.ReadAsync(response))["id"]!;
        Assert.Equal($"{conversationId}|0000002", id);
        var activities = await client.WaitForActivitiesAsync(conversationId, AdvisorHost.DirectLineSecret, a => a.Count >= 3);
        var echo = activities[1]!;
        Assert.Equal(id, (string)echo["id"]!);
        Assert.Equal("c-42", (string)echo["channelData"]!["clientActivityID"]!);
        Assert.Equal("user", (string)echo["from"]!["role"]!);
        Assert.Equal("ClientCapabilities", (string)echo["entities"]![0]!["type"]!);
        var reply = activities[2]!;
        Assert.Equal(id, (string)reply["replyToId"]!);
        Assert.Equal("Hallo", (string)reply["channelData"]!["originalActivity"]!["text"]!);
        Assert.Equal("bot", (string)reply["from"]!["role"]!);
    }

    [Fact]
    public async Task PollingWithAWatermarkReturnsOnlyLaterActivitiesAndAnEmptySetKeepsTheWatermark()
    {
        var client = new DirectLineClient(_app.CreateClient());
        var conversationId = (string)(await client.StartAsync(AdvisorHost.DirectLineSecret))["conversationId"]!;
        await client.PostMessageAsync(conversationId, AdvisorHost.DirectLineSecret, "een");
        await client.WaitForActivitiesAsync(conversationId, AdvisorHost.DirectLineSecret, a => a.Count >= 3);

        var later = await client.GetActivitiesAsync(conversationId, AdvisorHost.DirectLineSecret, "1");
        var nothingNew = await client.GetActivitiesAsync(conversationId, AdvisorHost.DirectLineSecret, "3");

        Assert.Equal(["0000002", "0000003"], later["activities"]!.AsArray().Select(a => ((string)a!["id"]!)[^7..]));
        Assert.Equal("3", (string)later["watermark"]!);
        Assert.Empty(nothingNew["activities"]!.AsArray());
        Assert.Equal("3", (string)nothingNew["watermark"]!);
    }

    [Fact]
    public async Task ATokenHolderAlwaysSpeaksAsTheTokensUser()
    {
        var client = new DirectLineClient(_app.CreateClient());
        var issued = await client.PageTokenAsync();
        var token = (string)issued["token"]!;
        var conversationId = (string)(await client.StartAsync(token))["conversationId"]!;

        await client.PostMessageAsync(conversationId, token, "ik ben iemand anders", from: "someone-else");

        // Found by its text: the bot's welcome may be recorded before or after it.
        static JsonNode? Posted(JsonArray activities) => activities.FirstOrDefault(a => (string?)a!["text"] == "ik ben iemand anders");
        var activities = await client.WaitForActivitiesAsync(conversationId, token, a => Posted(a) is not null);
        Assert.Equal((string)issued["userId"]!, (string)Posted(activities)!["from"]!["id"]!);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"text":"no type","from":{"id":"u1"}}""")]
    [InlineData("""{"type":"message","text":"no sender"}""")]
    public async Task AMalformedActivityIs400(string body)
    {
        var client = new DirectLineClient(_app.CreateClient());
        var conversationId = (string)(await client.StartAsync(AdvisorHost.DirectLineSecret))["conversationId"]!;

        var response = await client.SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", AdvisorHost.DirectLineSecret, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostingOrPollingAnUnknownConversationIs404()
    {
        var client = new DirectLineClient(_app.CreateClient());

        var post = await client.PostMessageAsync("unknown", AdvisorHost.DirectLineSecret, "hoi");
        var poll = await client.SendAsync(HttpMethod.Get, "/conversations/unknown/activities?watermark=", AdvisorHost.DirectLineSecret);

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, poll.StatusCode);
    }

    [Fact]
    public async Task AnExpiredTokenIs403TokenExpiredOnPostPollAndRefresh()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _app.ConfigureServices = services => services.AddSingleton<TimeProvider>(clock);
        var client = new DirectLineClient(_app.CreateClient());
        var issued = await client.PageTokenAsync();
        var token = (string)issued["token"]!;
        var conversationId = (string)(await client.StartAsync(token))["conversationId"]!;

        clock.Advance(TimeSpan.FromMinutes(31));
        var post = await client.PostMessageAsync(conversationId, token, "te laat");
        var poll = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities", token);
        var refresh = await client.SendAsync(HttpMethod.Post, "/tokens/refresh", token);

        Assert.All([post, poll, refresh], response => Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode));
        Assert.Equal("TokenExpired", await DirectLineClient.ErrorCodeAsync(post));
    }

    public void Dispose() => _app.Dispose();
}
