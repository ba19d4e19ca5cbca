using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SamenOpleiden.Advisor.BotFramework.Schema;

namespace SamenOpleiden.Advisor.BotFramework.Connector;

/// <summary>Sends activities to a channel through the Bot Connector REST API.</summary>
internal interface IConnectorClient
{
    /// <summary>Replies to <paramref name="replyToId"/> (or appends to the conversation) and returns the channel's id for the reply.</summary>
    Task<string?> SendAsync(Uri serviceUrl, string conversationId, string? replyToId, Activity activity, CancellationToken cancellationToken);

    /// <summary>
    /// Creates a conversation (Teams returns the existing 1:1 chat when there is one) and returns its id. Throws
    /// <see cref="HttpRequestException"/> when the channel refuses, e.g. because the app is not installed for the member.
    /// </summary>
    Task<string> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);
}

/// <summary>
/// <c>POST {serviceUrl}/v3/conversations/{id}/activities/{replyToId}</c> with the bot's token. Retries (429, 412, 5xx,
/// honouring Retry-After) are done by the resilience handler of the named HTTP client.
/// </summary>
internal sealed class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    IConnectorTokenProvider tokens,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    public const string HttpClientName = "BotFramework.Connector";

    public async Task<string?> SendAsync(Uri serviceUrl, string conversationId, string? replyToId, Activity activity, CancellationToken cancellationToken)
    {
        using var response = await PostAsync(ActivitiesUri(serviceUrl, conversationId, replyToId), activity, cancellationToken);
        logger.LogDebug("Delivered a reply to {ConversationId} (operation {OperationId})", conversationId, OperationId(response));
        return await ReadIdAsync(response, cancellationToken);
    }

    public async Task<string> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        using var response = await PostAsync(new Uri(WithSlash(serviceUrl), "v3/conversations"), parameters, cancellationToken);
        return await ReadIdAsync(response, cancellationToken)
            ?? throw new HttpRequestException($"The Connector created a conversation without an id (operation {OperationId(response)}).");
    }

    /// <summary>Joins paths the way the SDK does: the base always ends in '/', ids are escaped (Teams ids contain ':', '@', ';').</summary>
    public static Uri ActivitiesUri(Uri serviceUrl, string conversationId, string? replyToId)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(replyToId))
        {
            path += $"/{Uri.EscapeDataString(replyToId)}";
        }

        return new Uri(WithSlash(serviceUrl), path);
    }

    private static Uri WithSlash(Uri serviceUrl) => serviceUrl.AbsoluteUri.EndsWith('/') ? serviceUrl : new Uri(serviceUrl.AbsoluteUri + "/");

    /// <summary>Posts with the bot's token; a refusal (after the client's retries) becomes an exception naming status and operation.</summary>
    private async Task<HttpResponseMessage> PostAsync<T>(Uri uri, T body, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = JsonContent.Create(body, options: ActivityJson.Options),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            using (response)
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                throw new HttpRequestException(
                    $"The Connector answered {(int)response.StatusCode} (operation {OperationId(response)}): {Truncate(text)}", null, response.StatusCode);
            }
        }

        return response;
    }

    private static string? OperationId(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Correlating-OperationId", out var values) ? values.FirstOrDefault() : null;

    private static async Task<string?> ReadIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength == 0)
        {
            return null;
        }

        try
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            return body.ValueKind == JsonValueKind.Object && body.TryGetProperty("id", out var id) ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Truncate(string body) => body.Length <= 300 ? body : body[..300];
}
