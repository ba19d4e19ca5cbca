using SamenOpleiden.Advisor.Testing.DirectLine;
using Microsoft.Extensions.Time.Testing;
using SamenOpleiden.Advisor.Testing;
using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace SamenOpleiden.Advisor.BotFramework.Tests.DirectLine;

/// <summary>Tokens: generate, refresh and the page's token endpoint (protocol brief §5.2, §6).</summary>
public sealed class TokenProtocolTests : IDisposable
{
    private readonly AdvisorHost _app = AdvisorHost.ForWebChat();

    [Fact]
    public async Task GeneratingATokenWithTheSecretBindsItToANewConversationAndTheGivenUser()
    {
        var client = new DirectLineClient(_app.CreateClient());

        var response = await client.SendAsync(HttpMethod.Post, "/tokens/generate", AdvisorHost.DirectLineSecret, """{"User":{"Id":"dl_12345"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await DirectLineClient.ReadAsync(response);
        var claims = ConversationProtocolTests.TokenClaims((string)body["token"]!);
        Assert.Equal("dl_12345", (string)claims["user"]!);
        Assert.Equal((string)body["conversationId"]!, (string)claims["conv"]!);
    }

    [Fact]
    public async Task GeneratingATokenWithATokenInsteadOfTheSecretIs401()
    {
        var client = new DirectLineClient(_app.CreateClient());
        var token = (string)(await client.PageTokenAsync())["token"]!;

        var response = await client.SendAsync(HttpMethod.Post, "/tokens/generate", token, "{}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task RefreshingAValidTokenWithoutABodyGivesANewTokenForTheSameConversationAndUser()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        _app.ConfigureServices = services => services.AddSingleton<TimeProvider>(clock);
        var client = new DirectLineClient(_app.CreateClient());
        var issued = await client.PageTokenAsync();

        clock.Advance(TimeSpan.FromMinutes(29));
        var response = await client.SendAsync(HttpMethod.Post, "/tokens/refresh", (string)issued["token"]!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var renewed = (string)(await DirectLineClient.ReadAsync(response))["token"]!;
        var claims = ConversationProtocolTests.TokenClaims(renewed);
        Assert.Equal((string)issued["conversationId"]!, (string)claims["conv"]!);
        Assert.Equal((string)issued["userId"]!, (string)claims["user"]!);

        clock.Advance(TimeSpan.FromMinutes(20));
        var withRenewed = await client.SendAsync(HttpMethod.Post, "/conversations", renewed, "{}");
        var withOriginal = await client.SendAsync(HttpMethod.Post, "/conversations", (string)issued["token"]!, "{}");
        Assert.Equal(HttpStatusCode.Created, withRenewed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withOriginal.StatusCode);
    }

    [Fact]
    public async Task RefreshingTheSecretIs400AndRefreshingWithoutAuthIs401()
    {
        var client = new DirectLineClient(_app.CreateClient());

        var secret = await client.SendAsync(HttpMethod.Post, "/tokens/refresh", AdvisorHost.DirectLineSecret);
        var none = await client.SendAsync(HttpMethod.Post, "/tokens/refresh", bearer: null);

        Assert.Equal(HttpStatusCode.BadRequest, secret.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
    }

    [Fact]
    public async Task ThePageTokenEndpointGivesEachCallANewConversationAndAServerChosenUser()
    {
        var client = new DirectLineClient(_app.CreateClient());

        var first = await client.PageTokenAsync();
        var second = await client.PageTokenAsync();

        Assert.NotEqual((string)first["conversationId"]!, (string)second["conversationId"]!);
        Assert.StartsWith("dl_", (string)first["userId"]!);
        Assert.NotEqual((string)first["userId"]!, (string)second["userId"]!);
        Assert.DoesNotContain(AdvisorHost.DirectLineSecret, first.ToJsonString());
    }

    public void Dispose() => _app.Dispose();
}
