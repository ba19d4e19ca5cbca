using Microsoft.Extensions.Time.Testing;
using System.Net;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using SamenOpleiden.Advisor.BotFramework.Connector;

namespace SamenOpleiden.Advisor.BotFramework.Tests.Connector;

public sealed class ConnectorTokenProviderTests
{
    private const string AppId = "8f1c2a55-3b7e-4d2a-9c61-2f0e8d4b7a10";

    [Theory]
    [InlineData(BotAppType.MultiTenant, null, "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    [InlineData(BotAppType.SingleTenant, "0b9c7a3e-1111-2222-3333-444455556666", "https://login.microsoftonline.com/0b9c7a3e-1111-2222-3333-444455556666/oauth2/v2.0/token")]
    public async Task GetTokenAsync_PasswordApp_AsksTheAuthorityOfItsAppTypeByClientCredentials(BotAppType appType, string? tenant, string expectedUrl)
    {
        var handler = new RecordingHandler("""{"token_type":"Bearer","expires_in":3600,"access_token":"abc"}""");
        var provider = Create(new BotFrameworkOptions { MicrosoftAppId = AppId, MicrosoftAppPassword = "pw", MicrosoftAppType = appType, MicrosoftAppTenantId = tenant }, handler);

        var token = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("abc", token);
        var request = Assert.Single(handler.Requests);
        Assert.Equal((HttpMethod.Post, expectedUrl), (request.Method, request.Uri));
        Assert.Contains("grant_type=client_credentials", request.Body);
        Assert.Contains($"client_id={AppId}", request.Body);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", request.Body);
    }

    [Fact]
    public async Task GetTokenAsync_ManagedIdentity_AsksTheIdentityEndpointForTheBotFrameworkResource()
    {
        var handler = new RecordingHandler("""{"access_token":"msi-token","expires_in":"3599","token_type":"Bearer"}""");
        var options = new BotFrameworkOptions
        {
            MicrosoftAppId = AppId,
            MicrosoftAppType = BotAppType.UserAssignedMSI,
            ManagedIdentityEndpoint = new Uri("http://127.0.0.1:41234/msi/token"),
        };

        var token = await Create(options, handler).GetTokenAsync(CancellationToken.None);

        Assert.Equal("msi-token", token);
        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.StartsWith("http://127.0.0.1:41234/msi/token?api-version=2019-08-01&resource=https%3A%2F%2Fapi.botframework.com&client_id=", request.Uri);
    }

    [Fact]
    public async Task GetTokenAsync_NearExpiry_FetchesANewToken()
    {
        var handler = new RecordingHandler("""{"token_type":"Bearer","expires_in":3600,"access_token":"abc"}""");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        var provider = Create(new BotFrameworkOptions { MicrosoftAppId = AppId, MicrosoftAppPassword = "pw" }, handler, clock);

        await provider.GetTokenAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(50));
        await provider.GetTokenAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(6));
        await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task GetTokenAsync_DevelopmentMode_SendsNoTokenAndAsksNobody()
    {
        var handler = new RecordingHandler("{}");

        var token = await Create(new BotFrameworkOptions(), handler).GetTokenAsync(CancellationToken.None);

        Assert.Null(token);
        Assert.Empty(handler.Requests);
    }

    private static ConnectorTokenProvider Create(BotFrameworkOptions options, RecordingHandler handler, TimeProvider? clock = null)
    {
        var factory = new Mock<IHttpClientFactory>();
        factory.Setup(f => f.CreateClient(ConnectorTokenProvider.HttpClientName)).Returns(() => new HttpClient(handler, disposeHandler: false));
        return new ConnectorTokenProvider(factory.Object, options, clock ?? TimeProvider.System, NullLogger<ConnectorTokenProvider>.Instance);
    }

    private sealed record SentRequest(HttpMethod Method, string Uri, string Body);

    private sealed class RecordingHandler(string responseJson) : HttpMessageHandler
    {
        public List<SentRequest> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            Requests.Add(new SentRequest(request.Method, request.RequestUri!.AbsoluteUri, body));
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(responseJson, Encoding.UTF8, "application/json") };
        }
    }

}
