using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace SamenOpleiden.Advisor.Testing.Channels;

/// <summary>
/// Plays Azure Bot Service on loopback: publishes OpenID metadata and a JWKS with endorsements, issues Connector tokens,
/// and records the replies the bot posts to the Connector API. Failures can be queued to test retries.
/// </summary>
public sealed class FakeChannel : IAsyncDisposable
{
    public const string SigningKeyId = "channel-key-1";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(HttpStatusCode Status, TimeSpan? RetryAfter)> _connectorFailures = new();
    private readonly List<JsonObject> _publishedKeys = [];
    private int _replyCounter;

    private FakeChannel(WebApplication app) => _app = app;

    public RSA SigningKey => TestKeys.Channel;

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>The serviceUrl activities carry: replies come back to this fake Connector.</summary>
    public string ServiceUrl => BaseUri.AbsoluteUri;

    public Uri MetadataUri => new(BaseUri, ".well-known/openidconfiguration");

    public Uri TokenUri => new(BaseUri, "oauth2/token");

    public ConcurrentQueue<ConnectorCall> ConnectorCalls { get; } = new();

    /// <summary>Every <c>POST v3/conversations</c> the bot made (opening a 1:1 chat), in order.</summary>
    public ConcurrentQueue<JsonObject> CreatedConversations { get; } = new();

    /// <summary>Members for whom opening a 1:1 chat is refused with 403, as Teams does when the app is not installed for them.</summary>
    public ConcurrentDictionary<string, bool> RefusePersonalChatWith { get; } = new();

    /// <summary>The id Teams gives the 1:1 chat of the bot with <paramref name="memberId"/> (the same every time).</summary>
    public static string PersonalConversationId(string memberId) => $"a:personal-{memberId}";

    /// <summary>What the bot posted into one conversation, as replies or appended, in order.</summary>
    public IReadOnlyList<JsonObject> ActivitiesIn(string conversationId) =>
        ConnectorCalls.Where(c => c.ConversationId == conversationId).Select(c => c.Activity).ToList();

    public int TokenRequests;

    public int KeySetRequests;

    /// <summary>While set, the key set endpoint answers 500 (the channel's key server is down).</summary>
    public bool FailKeySetRequests { get; set; }

    public static async Task<FakeChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var channel = new FakeChannel(app);
        channel.Publish(channel.SigningKey, SigningKeyId, ["msteams", "emulator", "webchat"]);
        channel.Map(app);
        await app.StartAsync();
        channel.BaseUri = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return channel;
    }

    /// <summary>Adds a key to the published set (key rollover); null endorsements leave the member out.</summary>
    public void Publish(RSA key, string keyId, string[]? endorsements)
    {
        var parameters = key.ExportParameters(false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)e!).ToArray());
        }

        lock (_publishedKeys)
        {
            _publishedKeys.Add(jwk);
        }
    }

    /// <summary>The next Connector calls fail with these statuses, in order.</summary>
    public void FailNextConnectorCalls(params (HttpStatusCode Status, TimeSpan? RetryAfter)[] failures)
    {
        foreach (var failure in failures)
        {
            _connectorFailures.Enqueue(failure);
        }
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/.well-known/openidconfiguration", () => Results.Json(new JsonObject
        {
            ["issuer"] = "https://api.botframework.com",
            ["authorization_endpoint"] = "https://invalid.example/authorize",
            ["jwks_uri"] = new Uri(BaseUri, "keys").AbsoluteUri,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        }));
        app.MapGet("/keys", () =>
        {
            Interlocked.Increment(ref KeySetRequests);
            if (FailKeySetRequests)
            {
                return Results.StatusCode(StatusCodes.Status500InternalServerError);
            }

            lock (_publishedKeys)
            {
                return Results.Json(new JsonObject { ["keys"] = new JsonArray(_publishedKeys.Select(k => k.DeepClone()).ToArray()) });
            }
        });
        app.MapPost("/oauth2/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var n = Interlocked.Increment(ref TokenRequests);
            return form["grant_type"] == "client_credentials" && form["scope"] == "https://api.botframework.com/.default"
                ? Results.Json(new { token_type = "Bearer", expires_in = 3600, access_token = $"connector-token-{n}" })
                : Results.BadRequest();
        });
        app.MapPost("/v3/conversations", async (HttpRequest request) =>
        {
            var body = (await JsonNode.ParseAsync(request.Body))!.AsObject();
            CreatedConversations.Enqueue(body);
            var member = body["members"]?[0]?["id"]?.GetValue<string>();
            return member is null || RefusePersonalChatWith.ContainsKey(member)
                ? Results.Json(new { error = new { code = "Forbidden", message = "The bot is not installed for this user." } }, statusCode: 403)
                : Results.Json(new { id = PersonalConversationId(member) }, statusCode: 201);
        });
        app.MapPost("/v3/conversations/{conversationId}/activities", (HttpRequest request, string conversationId) => RecordAsync(request, conversationId, null));
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (HttpRequest request, string conversationId, string activityId) =>
            RecordAsync(request, conversationId, activityId));
    }

    private async Task<IResult> RecordAsync(HttpRequest request, string conversationId, string? activityId)
    {
        var body = await JsonNode.ParseAsync(request.Body);
        ConnectorCalls.Enqueue(new ConnectorCall(DateTimeOffset.UtcNow, conversationId, activityId,
            request.Headers.Authorization.ToString(), body!.AsObject()));
        if (_connectorFailures.TryDequeue(out var failure))
        {
            if (failure.RetryAfter is { } delay)
            {
                request.HttpContext.Response.Headers.RetryAfter = ((int)delay.TotalSeconds).ToString();
            }

            return Results.StatusCode((int)failure.Status);
        }

        return Results.Json(new { id = $"reply-{Interlocked.Increment(ref _replyCounter)}" }, statusCode: 201);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One POST the bot made to the fake Connector.</summary>
/// <remarks><paramref name="ReplyToId"/> is null for an activity appended to the conversation (a proactive message).</remarks>
public sealed record ConnectorCall(DateTimeOffset ReceivedAt, string ConversationId, string? ReplyToId, string Authorization, JsonObject Activity)
{
    public string? Text => Activity["text"]?.GetValue<string>();

    public JsonNode? Card => Activity["attachments"]?[0]?["content"];
}
