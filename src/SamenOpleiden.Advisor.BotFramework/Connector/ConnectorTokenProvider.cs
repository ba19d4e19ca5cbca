using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace SamenOpleiden.Advisor.BotFramework.Connector;

/// <summary>Supplies the bearer token for Connector calls, or null in development mode (no app id).</summary>
internal interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Gets the bot's outbound token by OAuth client credentials (or a managed identity) with scope
/// <c>https://api.botframework.com/.default</c>, and reuses it until five minutes before it expires.
/// </summary>
internal sealed class ConnectorTokenProvider(
    IHttpClientFactory httpClientFactory,
    BotFrameworkOptions options,
    TimeProvider timeProvider,
    ILogger<ConnectorTokenProvider> logger) : IConnectorTokenProvider
{
    public const string HttpClientName = "BotFramework.Token";
    private const string Resource = "https://api.botframework.com";
    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _renewAt;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (!options.IsAuthenticationEnabled)
        {
            return null;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_token is null || timeProvider.GetUtcNow() >= _renewAt)
            {
                var (token, lifetime) = await RequestAsync(cancellationToken);
                _token = token;
                _renewAt = timeProvider.GetUtcNow() + lifetime - RenewBeforeExpiry;
                logger.LogInformation("Obtained a Connector token valid for {Lifetime}", lifetime);
            }

            return _token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<(string Token, TimeSpan Lifetime)> RequestAsync(CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        using var request = options.MicrosoftAppType == BotAppType.UserAssignedMSI ? ManagedIdentityRequest() : ClientCredentialsRequest();
        using var response = await client.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The token endpoint answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        var token = body.GetProperty("access_token").GetString()
            ?? throw new HttpRequestException("The token endpoint returned no access_token.");
        return (token, TimeSpan.FromSeconds(ReadSeconds(body, "expires_in") ?? 3600));
    }

    private HttpRequestMessage ClientCredentialsRequest() => new(HttpMethod.Post, ClientCredentialsEndpoint())
    {
        Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = options.MicrosoftAppId!,
            ["client_secret"] = options.MicrosoftAppPassword ?? "",
            ["scope"] = $"{Resource}/.default",
        }),
    };

    // Single-tenant bots must ask their own tenant; asking botframework.com gives 401s from Teams (bot-framework.md §3.1).
    private Uri ClientCredentialsEndpoint() => options.TokenEndpoint ?? new Uri(
        $"https://login.microsoftonline.com/{Uri.EscapeDataString(options.MicrosoftAppType == BotAppType.SingleTenant ? options.MicrosoftAppTenantId! : "botframework.com")}/oauth2/v2.0/token");

    private HttpRequestMessage ManagedIdentityRequest()
    {
        var identityEndpoint = options.ManagedIdentityEndpoint?.AbsoluteUri ?? Environment.GetEnvironmentVariable("IDENTITY_ENDPOINT");
        var query = $"resource={Uri.EscapeDataString(Resource)}&client_id={Uri.EscapeDataString(options.MicrosoftAppId!)}";
        if (!string.IsNullOrEmpty(identityEndpoint))
        {
            // App Service / Functions identity endpoint.
            var request = new HttpRequestMessage(HttpMethod.Get, $"{identityEndpoint}?api-version=2019-08-01&{query}");
            request.Headers.Add("X-IDENTITY-HEADER", Environment.GetEnvironmentVariable("IDENTITY_HEADER") ?? "");
            return request;
        }

        var imds = new HttpRequestMessage(HttpMethod.Get, $"http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&{query}");
        imds.Headers.Add("Metadata", "true");
        return imds;
    }

    // Entra returns expires_in as a number; managed identity endpoints return it as a string.
    private static double? ReadSeconds(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.String when double.TryParse(value.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var seconds) => seconds,
            _ => null,
        } : null;
}
