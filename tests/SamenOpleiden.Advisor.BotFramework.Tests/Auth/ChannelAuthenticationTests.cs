using SamenOpleiden.Advisor.Testing.Channels;
using System.Net;
using SamenOpleiden.Advisor.BotFramework.Tests.TestSupport;

namespace SamenOpleiden.Advisor.BotFramework.Tests.Auth;

/// <summary>Every way a request to /api/messages can fail channel authentication, and the ways it passes.</summary>
public sealed class ChannelAuthenticationTests : IAsyncLifetime
{
    private BotEndpoint _bot = null!;

    public async Task InitializeAsync() => _bot = await BotEndpoint.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    /// <summary>Each refusal, with the words its log line must contain so an operator can see why.</summary>
    public static TheoryData<string, string> RejectionReasons => new()
    {
        { "missing header", "no Authorization header" },
        { "wrong scheme", "Bearer scheme" },
        { "expired", "Expired" },
        { "not yet valid", "NotYetValid" },
        { "wrong issuer", "Issuer" },
        { "wrong audience", "Audience" },
        { "wrong key", "Signature" },
        { "unknown kid", "not published" },
        { "alg none", "'none' is not allowed" },
        { "HS256 with the public key as secret", "'HS256' is not allowed" },
        { "serviceUrl mismatch", "serviceurl claim" },
        { "malformed token", "not a well-formed JWT" },
        { "no serviceurl claim", "serviceurl claim" },
        { "key not endorsed for the channel", "not endorsed for channel 'slack'" },
        { "key without endorsements", "not endorsed" },
    };

    [Theory]
    [MemberData(nameof(RejectionReasons))]
    public async Task ARequestWithABadTokenGets401WithNoDetailAndReachesNobody(string reason, string loggedReason)
    {
        var activity = _bot.Message("hallo");
        var authorization = BadAuthorization(reason, activity);

        using var response = await _bot.PostAsync(activity, authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Empty(_bot.Engine.Turns);
        Assert.Empty(_bot.Channel.ConnectorCalls);
        var line = Assert.Single(_bot.LogLines, l => l.Contains("Rejected", StringComparison.Ordinal));
        Assert.Contains(loggedReason, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AValidChannelTokenIsAcceptedAndTheReplyGoesToTheConnectorWithTheBotsToken()
    {
        using var response = await _bot.PostSignedAsync(_bot.Message("hallo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(_bot.Channel.ConnectorCalls);
        Assert.Equal("Je zei: hallo", call.Text);
        Assert.Equal("Bearer connector-token-1", call.Authorization);
    }

    [Fact]
    public async Task ATokenForTheApiAudienceFormOfTheAppIdIsAccepted()
    {
        var token = _bot.Tokens.Create(t => t.Audience = $"api://{BotEndpoint.AppId}");

        using var response = await _bot.PostAsync(_bot.Message("hallo"), $"Bearer {token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ATokenWithinTheFiveMinuteClockSkewIsAccepted()
    {
        var token = _bot.Tokens.Create(t =>
        {
            t.NotBefore = DateTime.UtcNow.AddMinutes(-63);
            t.IssuedAt = t.NotBefore;
            t.Expires = DateTime.UtcNow.AddMinutes(-3);
        });

        using var response = await _bot.PostAsync(_bot.Message("hallo"), $"Bearer {token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ASigningKeyRolledOverAfterTheFirstFetchIsFoundByRefreshingOnItsUnknownKid()
    {
        await PostAcceptedAsync(_bot, "eerst");

        _bot.Channel.Publish(TestKeys.RolledOver, "channel-key-2", ["msteams"]);
        var token = _bot.Tokens.Create(key: TestKeys.RolledOver, keyId: "channel-key-2");

        using var response = await _bot.PostAsync(_bot.Message("daarna"), $"Bearer {token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _bot.Channel.KeySetRequests);
    }

    [Fact]
    public async Task AKeyRolledOverLaterIsFoundOnceTheThrottleHasPassedSinceTheLastFetch()
    {
        // One second is the shortest throttle IdentityModel's ConfigurationManager allows.
        await using var bot = await BotEndpoint.StartAsync(settings: new Dictionary<string, string?> { ["BotFramework:SigningKeyRefreshThrottle"] = "00:00:01" });
        await PostAcceptedAsync(bot, "eerst");
        bot.Channel.Publish(TestKeys.RolledOver, "channel-key-2", ["msteams"]);
        await PostAcceptedAsync(bot, "tweede sleutel", bot.Tokens.Create(key: TestKeys.RolledOver, keyId: "channel-key-2"));
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        bot.Channel.Publish(TestKeys.Other, "channel-key-3", ["msteams"]);

        await PostAcceptedAsync(bot, "derde sleutel", bot.Tokens.Create(key: TestKeys.Other, keyId: "channel-key-3"));

        Assert.Equal(3, bot.Channel.KeySetRequests);
    }

    [Fact]
    public async Task WhenTheChannelsKeysCannotBeFetchedTheChannelIsAskedToRetryWith503()
    {
        await using var bot = await BotEndpoint.StartAsync(settings: new Dictionary<string, string?>
        {
            ["BotFramework:OpenIdMetadataUrl"] = "http://127.0.0.1:9/.well-known/openidconfiguration",
        });

        using var response = await bot.PostSignedAsync(bot.Message("hallo"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(bot.Engine.Turns);
        Assert.Contains(bot.LogLines, l => l.StartsWith("Error: Could not check", StringComparison.Ordinal)
            && l.Contains("could not be fetched from http://127.0.0.1:9/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhenARefreshFailsTheKeysFetchedBeforeStillAcceptTokensAndTheFailureIsLogged()
    {
        await PostAcceptedAsync(_bot, "eerst");
        _bot.Channel.FailKeySetRequests = true;

        using (var unknown = await _bot.PostAsync(_bot.Message("onbekend"), $"Bearer {_bot.Tokens.Create(key: TestKeys.Other, keyId: "not-published")}"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        }

        await PostAcceptedAsync(_bot, "daarna");
        Assert.Equal(2, _bot.Channel.KeySetRequests);
        Assert.Contains(_bot.LogLines, l => l.StartsWith("Warning: Could not fetch the Bot Framework signing keys", StringComparison.Ordinal));
    }

    /// <summary>
    /// The first unknown kid gets one refresh (it could be a rollover right after start-up); after that a kid the channel
    /// does not publish makes no fetch until the throttle (5 minutes by default) has passed.
    /// </summary>
    [Fact]
    public async Task ForgedKidsMakeTheBotFetchTheKeysAtMostOnceWithinTheThrottle()
    {
        await PostAcceptedAsync(_bot, "eerst");

        await PostForgedKidsAsync(_bot, 10);

        Assert.Equal(2, _bot.Channel.KeySetRequests);
    }

    [Fact]
    public async Task WhileTheKeyServerFailsForgedKidsMakeTheBotTryAtMostOnceWithinTheThrottle()
    {
        // IdentityModel alone would fetch for every forged kid here: the throttle has passed since its last successful
        // fetch. Three seconds leave the five forged requests ample time to come within one throttle interval.
        await using var bot = await BotEndpoint.StartAsync(settings: new Dictionary<string, string?> { ["BotFramework:SigningKeyRefreshThrottle"] = "00:00:03" });
        await PostAcceptedAsync(bot, "eerst");
        await PostForgedKidsAsync(bot, 1);
        await Task.Delay(TimeSpan.FromSeconds(3.2));
        bot.Channel.FailKeySetRequests = true;

        await PostForgedKidsAsync(bot, 5);

        Assert.Equal(3, bot.Channel.KeySetRequests);
        await PostAcceptedAsync(bot, "de bekende sleutel werkt nog");
    }

    private static async Task PostForgedKidsAsync(BotEndpoint bot, int count)
    {
        for (var i = 0; i < count; i++)
        {
            using var response = await bot.PostAsync(bot.Message("vals"), $"Bearer {bot.Tokens.Create(key: TestKeys.Other, keyId: $"forged-{i}")}");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    private static async Task PostAcceptedAsync(BotEndpoint bot, string text, string? token = null)
    {
        using var response = await bot.PostAsync(bot.Message(text), $"Bearer {token ?? bot.Tokens.Create()}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private string BadAuthorization(string reason, System.Text.Json.Nodes.JsonObject activity)
    {
        var tokens = _bot.Tokens;
        var otherKey = TestKeys.Other;
        return reason switch
        {
            "missing header" => null!,
            "wrong scheme" => $"Basic {tokens.Create()}",
            "expired" => Bearer(tokens.Create(t =>
            {
                t.NotBefore = DateTime.UtcNow.AddMinutes(-70);
                t.IssuedAt = t.NotBefore;
                t.Expires = DateTime.UtcNow.AddMinutes(-10);
            })),
            "not yet valid" => Bearer(tokens.Create(t =>
            {
                t.NotBefore = DateTime.UtcNow.AddMinutes(10);
                t.IssuedAt = DateTime.UtcNow;
                t.Expires = DateTime.UtcNow.AddMinutes(70);
            })),
            "wrong issuer" => Bearer(tokens.Create(t => t.Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/")),
            "wrong audience" => Bearer(tokens.Create(t => t.Audience = "00000000-0000-0000-0000-000000000001")),
            "wrong key" => Bearer(tokens.Create(key: otherKey)),
            "unknown kid" => Bearer(tokens.Create(key: otherKey, keyId: "not-published")),
            "alg none" => Bearer(tokens.CreateUnsigned()),
            "HS256 with the public key as secret" => Bearer(tokens.CreateHmacWithPublicKey()),
            "serviceUrl mismatch" => Bearer(tokens.Create(t => t.Claims["serviceurl"] = "https://attacker.example/")),
            "malformed token" => "Bearer not-a.jwt-at-all",
            "no serviceurl claim" => Bearer(tokens.Create(t => t.Claims.Remove("serviceurl"))),
            "key not endorsed for the channel" => NotEndorsed(activity, tokens),
            "key without endorsements" => Unendorsed(tokens),
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
        };
    }

    private static string NotEndorsed(System.Text.Json.Nodes.JsonObject activity, ChannelTokens tokens)
    {
        activity["channelId"] = "slack";
        return Bearer(tokens.Create());
    }

    private string Unendorsed(ChannelTokens tokens)
    {
        _bot.Channel.Publish(TestKeys.RolledOver, "unendorsed-key", endorsements: null);
        return Bearer(tokens.Create(key: TestKeys.RolledOver, keyId: "unendorsed-key"));
    }

    private static string Bearer(string token) => $"Bearer {token}";
}
