using SamenOpleiden.Advisor.Testing.DirectLine;
using SamenOpleiden.Advisor.Testing;
using System.Net;
using System.Text.Json.Nodes;

namespace SamenOpleiden.Advisor.BotFramework.Tests.DirectLine;

/// <summary>Starting and reconnecting (protocol brief §5.3, status codes §5.8).</summary>
public sealed class ConversationProtocolTests : IDisposable
{
    private readonly AdvisorHost _app = AdvisorHost.ForWebChat();

    [Fact]
    public async Task StartingWithTheSecretCreatesAConversationWithAnAbsoluteStreamUrlAndToken()
    {
        var client = new DirectLineClient(_app.CreateClient());

        var response = await client.SendAsync(HttpMethod.Post, "/conversations", AdvisorHost.DirectLineSecret, """{"user":{"id":"u1"}}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await DirectLineClient.ReadAsync(response);
        var conversationId = (string)body["conversationId"]!;
        Assert.StartsWith("ws://localhost/v3/directline/conversations/" + conversationId + "/stream?watermark=0&t=", (string)body["streamUrl"]!);
        Assert.Equal(1800, (int)body["expires_in"]!);
        Assert.Equal("u1", TokenClaims((string)body["token"]!)["user"]!.ToString());
    }

    [Fact]
    public async Task StartingWithoutAnAuthorizationHeaderIs401()
    {
        var client = new DirectLineClient(_app.CreateClient());

        var response = await client.SendAsync(HttpMethod.Post, "/conversations", bearer: null, "{}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Unauthorized", await DirectLineClient.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task StartingWithAForgedTokenIs403()
    {
        var client = new DirectLineClient(_app.CreateClient());
        var token = (string)(await client.PageTokenAsync())["token"]!;
        var forged = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        var response = await client.SendAsync(HttpMethod.Post, "/conversations", forged, "{}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task StartingWithMalformedJsonIs400()
    {
        var client = new DirectLineClient(_app.CreateClient());

        var response = await client.SendAsync(HttpMethod.Post, "/conversations", AdvisorHost.DirectLineSecret, "{not json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AGeneratedTokenStartsItsOwnConversationOnceAndThenReturnsItWith200()
    {
        var client = new DirectLineClient(_app.CreateClient());
        var issued = await client.PageTokenAsync();
        var token = (string)issued["token"]!;

        var first = await client.SendAsync(HttpMethod.Post, "/conversations", token, "{}");
        var second = await client.SendAsync(HttpMethod.Post, "/conversations", token, "{}");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((string)issued["conversationId"]!, (string)(await DirectLineClient.ReadAsync(second))["conversationId"]!);
        var activities = await client.WaitForActivitiesAsync((string)issued["conversationId"]!, token, a => a.Count > 0);
        Assert.Single(activities, a => (string?)a!["text"] == "Welcome");
    }

    [Fact]
    public async Task ReconnectingReturnsAFreshTokenForTheSameUserAndAStreamUrlCarryingTheWatermark()
    {
        var client = new DirectLineClient(_app.CreateClient());
        var issued = await client.PageTokenAsync();
        var conversationId = (string)issued["conversationId"]!;

        var response = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversationId}?watermark=3", (string)issued["token"]!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await DirectLineClient.ReadAsync(response);
        Assert.Equal(conversationId, (string)body["conversationId"]!);
        Assert.Contains("/stream?watermark=3&t=", (string)body["streamUrl"]!);
        Assert.Equal((string)issued["userId"]!, TokenClaims((string)body["token"]!)["user"]!.ToString());
    }

    [Fact]
    public async Task ATokenForConversationAIs403OnConversationB()
    {
        var client = new DirectLineClient(_app.CreateClient());
        var a = await client.PageTokenAsync();
        var b = await client.PageTokenAsync();
        await client.StartAsync((string)b["token"]!);

        var reconnect = await client.SendAsync(HttpMethod.Get, $"/conversations/{b["conversationId"]}", (string)a["token"]!);
        var post = await client.PostMessageAsync((string)b["conversationId"]!, (string)a["token"]!, "hoi");
        var read = await client.SendAsync(HttpMethod.Get, $"/conversations/{b["conversationId"]}/activities", (string)a["token"]!);

        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
    }

    [Fact]
    public async Task ReconnectingToAnUnknownConversationIs404()
    {
        var client = new DirectLineClient(_app.CreateClient());

        var response = await client.SendAsync(HttpMethod.Get, "/conversations/does-not-exist", AdvisorHost.DirectLineSecret);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheEchoBotGreetsInChineseWhenStartedWithLocaleZhCn()
    {
        var client = new DirectLineClient(_app.CreateClient());

        var conversationId = (string)(await client.StartAsync(AdvisorHost.DirectLineSecret, """{"locale":"zh-CN"}"""))["conversationId"]!;

        var activities = await client.WaitForActivitiesAsync(conversationId, AdvisorHost.DirectLineSecret, a => a.Count > 0);
        Assert.Equal("欢迎", (string?)activities[0]!["text"]);
    }

    public void Dispose() => _app.Dispose();

    internal static JsonObject TokenClaims(string token)
    {
        var part = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        return JsonNode.Parse(Convert.FromBase64String(part.PadRight(part.Length + ((4 - (part.Length % 4)) % 4), '=')))!.AsObject();
    }
}
