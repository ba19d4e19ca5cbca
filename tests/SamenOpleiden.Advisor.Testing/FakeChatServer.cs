using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SamenOpleiden.Advisor.Testing;

/// <summary>
/// A real HTTP server on 127.0.0.1 (a free port) speaking OpenAI's <c>/v1/chat/completions</c>
/// JSON, answering what the test scripts in <see cref="Reply"/> and counting every call.
/// A hanging reply ends when the client gives up or the server is disposed, so nothing outlives a test.
/// </summary>
public sealed class FakeChatServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private int _calls;

    private FakeChatServer(WebApplication app) => _app = app;

    /// <summary>Base URI to configure as <c>Rephrasing:Endpoint</c>, ending in <c>/v1</c>.</summary>
    public string Endpoint { get; private set; } = "";

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Each request's JSON body and Authorization header, in arrival order.</summary>
    public ConcurrentQueue<(JsonNode Body, string? Authorization)> Requests { get; } = new();

    /// <summary>What to answer to the nth call (1-based).</summary>
    public Func<int, FakeReply> Reply { get; set; } = _ => FakeReply.Content("");

    public static async Task<FakeChatServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0").UseShutdownTimeout(TimeSpan.FromSeconds(1));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeChatServer(app);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        await app.StartAsync();
        server.Endpoint = app.Urls.Single() + "/v1";
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var call = Interlocked.Increment(ref _calls);
        var body = await JsonNode.ParseAsync(context.Request.Body);
        Requests.Enqueue((body!, context.Request.Headers.Authorization.ToString()));
        var reply = Reply(call);
        if (reply.Hang)
        {
            using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            await Task.Delay(TimeSpan.FromSeconds(30), either.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(reply.Status == 200
            ? Completion(body!["model"]?.GetValue<string>() ?? "fake", reply.Text, reply.FinishReason, reply.Refusal)
            : """{"error":{"message":"fake server error","type":"server_error","code":null}}""");
    }

    private static string Completion(string model, string? content, string finishReason, string? refusal) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-fake",
        @object = "chat.completion",
        created = 1_763_900_000,
        model,
        choices = new[] { new { index = 0, message = new { role = "assistant", content, refusal }, finish_reason = finishReason } },
        usage = new { prompt_tokens = 100, completion_tokens = 100, total_tokens = 200 },
    });

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}

/// <summary>One scripted answer: content, an HTTP error status, or a hang.</summary>
public sealed record FakeReply(int Status, string? Text, bool Hang, string FinishReason = "stop", string? Refusal = null)
{
    /// <summary>OpenAI's structured refusal: no content, a <c>refusal</c> message instead.</summary>
    public static FakeReply Refused(string refusal) => new(200, null, false, "stop", refusal);

    public static FakeReply Content(string text, string finishReason = "stop") => new(200, text, false, finishReason);

    public static FakeReply Error(int status) => new(status, null, false);

    public static FakeReply Hanging() => new(200, null, true);
}
