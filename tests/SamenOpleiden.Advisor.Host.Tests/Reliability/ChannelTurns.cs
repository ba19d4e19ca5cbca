using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SamenOpleiden.Advisor.Host.Tests.Reliability;

/// <summary>One Teams turn on /api/messages in development mode, with an activity id of the test's choosing.</summary>
internal static class ChannelTurns
{
    /// <summary>
    /// Sends <paramref name="text"/>; with <paramref name="expectReplies"/> the replies come back in the body
    /// (as the emulator and tests use it), otherwise Teams' own mode: acknowledged, replies sent to serviceUrl.
    /// </summary>
    public static async Task<(HttpStatusCode Status, string Body)> SendAsync(
        HttpClient http, string conversationId, string activityId, string text, bool expectReplies = true)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = activityId,
            ["channelId"] = "msteams",
            // Nothing listens there: background deliveries fail quietly, which these tests do not look at.
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["locale"] = "nl-NL",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = "29:" + conversationId, ["aadObjectId"] = "aad-" + conversationId },
            ["recipient"] = new JsonObject { ["id"] = "28:bot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal" },
        };
        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        using var response = await http.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The texts of the replies in an expectReplies body, in order.</summary>
    public static IReadOnlyList<string> ReplyTexts(string body) =>
        JsonDocument.Parse(body).RootElement.GetProperty("activities").EnumerateArray()
            .Select(a => a.TryGetProperty("text", out var text) ? text.GetString() ?? "" : a.GetRawText())
            .ToList();
}
