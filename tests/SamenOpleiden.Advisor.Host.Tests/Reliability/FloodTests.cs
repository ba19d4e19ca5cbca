using System.Net;
using Microsoft.AspNetCore.Http;
using Xunit.Abstractions;
using SamenOpleiden.Advisor.Testing;

namespace SamenOpleiden.Advisor.Host.Tests.Reliability;

/// <summary>One client flooding the service gets 429s; everyone else is still served.</summary>
public sealed class FloodTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"advisor-flood-{Guid.NewGuid():N}", "advisor.db");
    private AdvisorInstance _instance = null!;

    public async Task InitializeAsync() => _instance = await AdvisorInstance.StartOnSqliteAsync(
        _database,
        new Dictionary<string, string?> { ["DirectLine:MessagesPerMinutePerConversation"] = "20", ["DirectLine:RequestsPerMinutePerIp"] = "60" },
        inMemory: true);

    public async Task DisposeAsync()
    {
        await _instance.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(_database)!, recursive: true);
    }

    [Fact]
    public async Task AConversationFloodingMessagesGets429WhileAnotherConversationIsStillAnswered()
    {
        var flooder = await StartAsync("10.0.0.1");
        var other = await StartAsync("10.0.0.2");

        var flood = new List<HttpStatusCode>();
        for (var i = 0; i < 30; i++)
        {
            flood.Add(await PostAsync("10.0.0.1", flooder, $"spam {i}"));
        }

        var others = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            others.Add(await PostAsync("10.0.0.2", other, $"vraag {i}"));
        }

        Report($"Direct Line conversation flood: {flood.Count(s => s == HttpStatusCode.TooManyRequests)} of {flood.Count} refused; other user: {others.Count(s => s == HttpStatusCode.OK)} of {others.Count} served");
        Assert.Equal(20, flood.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(10, flood.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.All(others, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task AnAddressFloodingRequestsGets429WhileAnotherAddressIsStillServed()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 80; i++)
        {
            statuses.Add((HttpStatusCode)(await SendAsync("10.0.0.9", HttpMethod.Get, "/v3/directline/conversations/unknown/activities", "no-token", null)).StatusCode);
        }

        var conversation = await StartAsync("10.0.0.10");
        var served = await PostAsync("10.0.0.10", conversation, "hallo");

        Report($"Direct Line address flood: {statuses.Count(s => s == HttpStatusCode.TooManyRequests)} of {statuses.Count} refused; other address: {served}");
        Assert.Equal(60, statuses.Count(s => s != HttpStatusCode.TooManyRequests));
        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.OK, served);
    }

    private void Report(string line)
    {
        output.WriteLine(line);
        ReliabilityLog.Write(line);
    }

    private async Task<(string Id, string Token)> StartAsync(string ip)
    {
        var response = await SendAsync(ip, HttpMethod.Post, "/v3/directline/conversations", AdvisorInstance.Secret, "{}");
        Assert.Equal(StatusCodes.Status201Created, response.StatusCode);
        var body = System.Text.Json.JsonDocument.Parse(response.Body!).RootElement;
        return (body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!);
    }

    private async Task<HttpStatusCode> PostAsync(string ip, (string Id, string Token) conversation, string text) =>
        (HttpStatusCode)(await SendAsync(ip, HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token,
            System.Text.Json.JsonSerializer.Serialize(new { type = "message", from = new { id = "user-" + ip }, text }))).StatusCode;

    /// <summary>A request from <paramref name="ip"/>: the in-memory server lets the test set the client address the limits key on.</summary>
    private async Task<(int StatusCode, Stream? Body)> SendAsync(string ip, HttpMethod method, string path, string token, string? json)
    {
        var context = await _instance.Server!.SendAsync(http =>
        {
            http.Connection.RemoteIpAddress = IPAddress.Parse(ip);
            http.Request.Method = method.Method;
            http.Request.Path = path;
            http.Request.Headers.Authorization = $"Bearer {token}";
            if (json is not null)
            {
                http.Request.ContentType = "application/json";
                http.Request.Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
            }
        });
        return (context.Response.StatusCode, context.Response.Body);
    }
}
