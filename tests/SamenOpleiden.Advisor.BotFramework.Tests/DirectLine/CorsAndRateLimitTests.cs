using SamenOpleiden.Advisor.Testing.DirectLine;
using SamenOpleiden.Advisor.Testing;
using System.Net;

namespace SamenOpleiden.Advisor.BotFramework.Tests.DirectLine;

/// <summary>Browser security and flood protection (protocol brief §5.11, issue 10 §2).</summary>
public sealed class CorsAndRateLimitTests : IDisposable
{
    private readonly AdvisorHost _app = AdvisorHost.ForWebChat();

    [Fact]
    public async Task AConfiguredSiteMayCallDirectLineWithTheHeadersDirectLineJsSends()
    {
        var client = _app.CreateClient();

        var response = await client.SendAsync(Preflight("https://site.example"));

        Assert.Equal("https://site.example", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("authorization", allowed);
        Assert.Contains("content-type", allowed);
        Assert.Contains("x-ms-bot-agent", allowed);
        Assert.Contains("x-requested-with", allowed);
    }

    [Fact]
    public async Task AnUnknownSiteGetsNoCorsPermission()
    {
        var client = _app.CreateClient();

        var response = await client.SendAsync(Preflight("https://evil.example"));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task AConversationThatFloodsMessagesGets429WithAnErrorBody()
    {
        _app.Settings["DirectLine:MessagesPerMinutePerConversation"] = "3";
        var client = new DirectLineClient(_app.CreateClient());
        var conversationId = (string)(await client.StartAsync(AdvisorHost.DirectLineSecret))["conversationId"]!;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.PostMessageAsync(conversationId, AdvisorHost.DirectLineSecret, $"bericht {i}")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        var other = (string)(await client.StartAsync(AdvisorHost.DirectLineSecret))["conversationId"]!;
        Assert.Equal(HttpStatusCode.OK, (await client.PostMessageAsync(other, AdvisorHost.DirectLineSecret, "ander gesprek")).StatusCode);
    }

    [Fact]
    public async Task OneAddressThatAsksForTooManyPageTokensGets429()
    {
        _app.Settings["DirectLine:TokensPerMinutePerIp"] = "2";
        var client = _app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.PostAsync("/api/webchat/token", null)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    public void Dispose() => _app.Dispose();

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent,x-requested-with");
        return request;
    }
}
