using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.TestHost;
using SamenOpleiden.Advisor.BotFramework.DirectLine;
using SamenOpleiden.Advisor.Conversation.Transcripts;
using SamenOpleiden.Advisor.Testing;

namespace SamenOpleiden.Advisor.Host.Tests.Reliability;

/// <summary>
/// One advisor instance: the whole service (<see cref="AdvisorHost"/>) on the storage provider its settings choose,
/// with <see cref="StoreBackedBot"/> as the Direct Line bot. On Kestrel at 127.0.0.1 (WebSockets, several instances)
/// or in memory (fuzz, floods).
/// </summary>
internal sealed class AdvisorInstance : IAsyncDisposable
{
    public const string Secret = "reliability-test-direct-line-secret";

    private readonly AdvisorHost _app;
    private readonly bool _inMemory;

    private AdvisorInstance(AdvisorHost app, HttpClient http, bool inMemory)
    {
        _app = app;
        Http = http;
        _inMemory = inMemory;
    }

    public HttpClient Http { get; }

    public TestServer? Server => _inMemory ? _app.Server : null;

    public static Task<AdvisorInstance> StartOnPostgresAsync(string connectionString, IDictionary<string, string?>? settings = null, bool inMemory = false) =>
        StartAsync(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Advisor"] = connectionString,
        }, inMemory);

    public static Task<AdvisorInstance> StartOnSqliteAsync(string databasePath, IDictionary<string, string?>? settings = null, bool inMemory = false) =>
        StartAsync(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:SqlitePath"] = databasePath,
        }, inMemory);

    private static Task<AdvisorInstance> StartAsync(Dictionary<string, string?> settings, bool inMemory)
    {
        settings.TryAdd("DirectLine:Secret", Secret);
        settings.TryAdd("DirectLine:RequestsPerMinutePerIp", "1000000");
        settings.TryAdd("DirectLine:MessagesPerMinutePerConversation", "100000");
        // Floods and fuzzing write many lines that no test reads.
        settings.TryAdd("Logging:LogLevel:Default", "None");
        var app = new AdvisorHost(settings, services => services.AddSingleton<IActivityBot, StoreBackedBot>());
        HttpClient http;
        if (inMemory)
        {
            http = app.CreateClient();
        }
        else
        {
            http = new HttpClient { BaseAddress = app.StartKestrel() };
        }

        http.Timeout = TimeSpan.FromSeconds(30);
        return Task.FromResult(new AdvisorInstance(app, http, inMemory));
    }

    /// <summary>Starts a conversation with the secret; returns its id, a token for it, and the stream URL on this instance.</summary>
    public async Task<(string ConversationId, string Token, string StreamUrl)> StartConversationAsync(string userId = "user-1")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations")
        {
            Content = JsonContent.Create(new { user = new { id = userId } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!, body.GetProperty("streamUrl").GetString()!);
    }

    public async Task<HttpResponseMessage> PostMessageAsync(string conversationId, string token, string text, string userId = "user-1")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities")
        {
            Content = JsonContent.Create(new { type = "message", from = new { id = userId }, text }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Http.SendAsync(request);
    }

    /// <summary>The texts of the bot's messages in the conversation, oldest first.</summary>
    public async Task<IReadOnlyList<string>> BotTextsAsync(string conversationId, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("activities").EnumerateArray()
            .Where(a => IsBotMessage(a))
            .Select(a => a.GetProperty("text").GetString()!)
            .ToList();
    }

    /// <summary>A message the bot sent (users' own messages come back in the transcript too).</summary>
    public static bool IsBotMessage(JsonElement activity) =>
        activity.TryGetProperty("type", out var type) && type.GetString() == "message"
        && activity.TryGetProperty("from", out var from) && from.TryGetProperty("role", out var role) && role.GetString() == "bot"
        && activity.TryGetProperty("text", out _);

    public T Service<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
    }
}
