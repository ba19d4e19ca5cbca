using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SamenOpleiden.Advisor.Testing.DirectLine;

/// <summary>Raw Direct Line 3.0 calls, as DirectLineJS makes them, for the protocol tests.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, string? json = null)
    {
        var request = new HttpRequestMessage(method, "/v3/directline" + path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return Http.SendAsync(request);
    }

    public async Task<JsonObject> StartAsync(string bearer, string body = "{}")
    {
        var response = await SendAsync(HttpMethod.Post, "/conversations", bearer, body);
        response.EnsureSuccessStatusCode();
        return await ReadAsync(response);
    }

    public async Task<JsonObject> PageTokenAsync()
    {
        var response = await Http.PostAsync("/api/webchat/token", null);
        response.EnsureSuccessStatusCode();
        return await ReadAsync(response);
    }

    public Task<HttpResponseMessage> PostMessageAsync(string conversationId, string bearer, string text, string from = "u1") =>
        SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", bearer,
            JsonSerializer.Serialize(new { type = "message", text, from = new { id = from, role = "user" }, channelData = new { clientActivityID = Guid.NewGuid().ToString("N") } }));

    public async Task<JsonObject> GetActivitiesAsync(string conversationId, string bearer, string watermark = "")
    {
        var response = await SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities?watermark={watermark}", bearer);
        response.EnsureSuccessStatusCode();
        return await ReadAsync(response);
    }

    /// <summary>Polls until <paramref name="predicate"/> holds for the full history (bounded: 10 s).</summary>
    public async Task<JsonArray> WaitForActivitiesAsync(string conversationId, string bearer, Func<JsonArray, bool> predicate)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var activities = (await GetActivitiesAsync(conversationId, bearer))["activities"]!.AsArray();
            if (predicate(activities))
            {
                return activities;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The expected activities did not arrive within 10 s.");
    }

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    public static async Task<string?> ErrorCodeAsync(HttpResponseMessage response) =>
        (string?)(await ReadAsync(response))["error"]?["code"];
}
