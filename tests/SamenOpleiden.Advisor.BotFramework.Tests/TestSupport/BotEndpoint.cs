using SamenOpleiden.Advisor.Testing;
using SamenOpleiden.Advisor.Testing.Channels;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SamenOpleiden.Advisor.BotFramework.Connector;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.Delivery;

namespace SamenOpleiden.Advisor.BotFramework.Tests.TestSupport;

/// <summary>
/// <c>/api/messages</c> of the whole service (<see cref="AdvisorHost"/>) on loopback, as a channel calls it: keys, tokens and
/// the Connector played by a <see cref="FakeChannel"/>, a <see cref="RecordingEngine"/> as the conversation and
/// <see cref="KeptReplies"/> as the store of undelivered replies.
/// </summary>
internal sealed class BotEndpoint : IAsyncDisposable
{
    public const string AppId = "8f1c2a55-3b7e-4d2a-9c61-2f0e8d4b7a10";
    public const string BotId = "28:" + AppId;

    private readonly AdvisorHost _app;

    private BotEndpoint(AdvisorHost app, FakeChannel channel, RecordingEngine engine, KeptReplies undelivered)
    {
        _app = app;
        Channel = channel;
        Engine = engine;
        Undelivered = undelivered;
        Tokens = new ChannelTokens(channel, AppId);
        Http = new HttpClient { BaseAddress = app.StartKestrel() };
    }

    public FakeChannel Channel { get; }

    public RecordingEngine Engine { get; }

    /// <summary>Replies the Connector refused, as the database would keep them.</summary>
    public KeptReplies Undelivered { get; }

    public ChannelTokens Tokens { get; }

    public HttpClient Http { get; }

    /// <summary>Warnings and errors the service logged, as "Level: message".</summary>
    public IEnumerable<string> LogLines => _app.Logs.GetSnapshot()
        .Where(record => record.Level >= LogLevel.Warning)
        .Select(record => $"{record.Level}: {record.Message}");

    /// <param name="withAppId">Whether the bot has an app id (channel tokens are checked) or runs in development mode.</param>
    /// <param name="settings">Further settings, over those that point the service at the fake channel.</param>
    public static async Task<BotEndpoint> StartAsync(bool withAppId = true, IDictionary<string, string?>? settings = null)
    {
        var channel = await FakeChannel.StartAsync();
        var engine = new RecordingEngine();
        var undelivered = new KeptReplies();
        var configuration = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = withAppId ? AppId : "",
            ["BotFramework:OpenIdMetadataUrl"] = channel.MetadataUri.AbsoluteUri,
            ["BotFramework:TokenEndpoint"] = channel.TokenUri.AbsoluteUri,
            ["BotFramework:ConnectorRetryBaseDelay"] = "00:00:00.010",
        };
        if (withAppId)
        {
            configuration["MicrosoftAppPassword"] = "test-secret";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var app = new AdvisorHost(configuration, services => services
            .AddSingleton<IConversationEngine>(engine)
            .AddSingleton<IUndeliveredReplyStore>(undelivered));
        return new BotEndpoint(app, channel, engine, undelivered);
    }

    /// <summary>A Teams 1:1 message from a user to the bot.</summary>
    public JsonObject Message(string text, string conversationId = "a:1on1-conversation", string activityId = "act-1") => new()
    {
        ["type"] = "message",
        ["id"] = activityId,
        ["channelId"] = "msteams",
        ["serviceUrl"] = Channel.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "29:user-1", ["name"] = "Sanne", ["aadObjectId"] = "aad-user-1" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Adviseur" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["locale"] = "nl-NL",
        ["text"] = text,
    };

    /// <summary>The bot being added to a Teams 1:1 chat.</summary>
    public JsonObject BotAdded(string conversationId = "a:1on1-conversation")
    {
        var activity = Message("", conversationId, "act-added");
        activity["type"] = "conversationUpdate";
        activity.Remove("text");
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }, new JsonObject { ["id"] = "29:user-1" });
        return activity;
    }

    public Task<HttpResponseMessage> PostAsync(JsonNode activity, string? authorization) =>
        PostRawAsync(activity.ToJsonString(), "application/json", authorization);

    public Task<HttpResponseMessage> PostSignedAsync(JsonNode activity) => PostAsync(activity, $"Bearer {Tokens.Create()}");

    /// <summary>Posts a signed activity and returns as soon as the channel would have its answer, before replies go out.</summary>
    public Task<HttpResponseMessage> PostSignedWithoutWaitingAsync(JsonNode activity) =>
        PostRawAsync(activity.ToJsonString(), "application/json", $"Bearer {Tokens.Create()}", waitForReplies: false);

    public async Task<HttpResponseMessage> PostRawAsync(string body, string contentType, string? authorization, bool waitForReplies = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await Http.SendAsync(request);
        if (waitForReplies)
        {
            await WhenRepliesDeliveredAsync();
        }

        return response;
    }

    /// <summary>Replies go out after the channel's request is answered; this waits until they have.</summary>
    public Task WhenRepliesDeliveredAsync() => _app.Services.GetRequiredService<IReplyDelivery>().WhenIdleAsync();

    /// <summary>The kept replies' payloads: the reply and where it was going.</summary>
    public IReadOnlyList<JsonElement> ReadUndelivered() =>
        [.. Undelivered.All.Select(r => JsonDocument.Parse(r.Payload).RootElement)];

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
        await Channel.DisposeAsync();
    }
}
