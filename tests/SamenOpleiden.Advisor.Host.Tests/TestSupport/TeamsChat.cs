using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SamenOpleiden.Advisor.Host.Tests.TestSupport;

/// <summary>
/// A Teams 1:1 chat against /api/messages in development mode: every activity asks for its replies in the response
/// body (<c>deliveryMode: expectReplies</c>), and pressing a card button sends its <c>data</c> as <c>value</c>, as Teams does.
/// </summary>
internal sealed class TeamsChat(HttpClient http, string conversationId)
{
    private int _activityCounter;

    public List<string> Transcript { get; } = [];

    public IReadOnlyList<JsonElement> LastReplies { get; private set; } = [];

    public Task<IReadOnlyList<JsonElement>> InstallAsync()
    {
        var activity = Activity("conversationUpdate");
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot" }, new JsonObject { ["id"] = "29:user" });
        return SendAsync(activity, "[installed]");
    }

    public Task<IReadOnlyList<JsonElement>> SayAsync(string text)
    {
        var activity = Activity("message");
        activity["text"] = text;
        return SendAsync(activity, $"> {text}");
    }

    /// <summary>Presses the last card button of the latest replies that matches.</summary>
    public Task<IReadOnlyList<JsonElement>> PressAsync(Func<JsonElement, bool> which)
    {
        var button = LastReplies.SelectMany(Buttons).Last(which);
        var activity = Activity("message");
        activity["value"] = JsonNode.Parse(button.GetProperty("data").GetRawText());
        return SendAsync(activity, $"[{button.GetProperty("title").GetString()}]");
    }

    public static IEnumerable<JsonElement> Buttons(JsonElement reply) =>
        reply.TryGetProperty("attachments", out var attachments)
            ? attachments.EnumerateArray().SelectMany(a => a.GetProperty("content").TryGetProperty("actions", out var actions)
                ? actions.EnumerateArray().Where(x => x.GetProperty("type").GetString() == "Action.Submit")
                : [])
            : [];

    private async Task<IReadOnlyList<JsonElement>> SendAsync(JsonObject activity, string said)
    {
        Transcript.Add(said);
        using var response = await http.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"/api/messages answered {(int)response.StatusCode}: {body}");
        }

        LastReplies = JsonDocument.Parse(body).RootElement.GetProperty("activities").EnumerateArray().ToList();
        Transcript.AddRange(LastReplies.Select(r => r.GetRawText()));
        return LastReplies;
    }

    private JsonObject Activity(string type) => new()
    {
        ["type"] = type,
        ["id"] = $"activity-{++_activityCounter}",
        ["channelId"] = "msteams",
        ["serviceUrl"] = "https://smba.trafficmanager.net/emea/",
        ["deliveryMode"] = "expectReplies",
        ["locale"] = "nl-NL",
        ["from"] = new JsonObject { ["id"] = "29:user", ["aadObjectId"] = "aad-user" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal" },
    };
}
