using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SamenOpleiden.Advisor.BotFramework.Connector;
using SamenOpleiden.Advisor.Testing.Channels;

namespace SamenOpleiden.Advisor.Host.Tests.TestSupport;

/// <summary>
/// One person in Teams, talking to the whole service through /api/messages (development mode) as Teams does: replies go
/// out through the fake Connector, a card button is pressed as Teams sends it (a messageBack: its text, with the
/// button's data as value), a form is sent with its inputs merged into the button's data. Every message, press or form
/// sent is one turn.
/// </summary>
internal sealed class TeamsUser(IServiceProvider services, HttpClient http, FakeChannel channel, string userId, string name)
{
    private int _activities;
    private int _seen;

    public string Name => name;

    /// <summary>The 1:1 chat of this person with the bot (Teams gives it one id, whoever opens it).</summary>
    public string PersonalChat => FakeChannel.PersonalConversationId(userId);

    /// <summary>Messages, button presses and forms this person sent.</summary>
    public int Turns { get; private set; }

    /// <summary>What the bot posted in this person's 1:1 chat since their last turn.</summary>
    public IReadOnlyList<JsonObject> LastReplies => channel.ActivitiesIn(PersonalChat).Skip(_seen).ToList();

    /// <summary>All text and cards of <see cref="LastReplies"/>, for "the bot said ..." assertions.</summary>
    public string LastText => string.Join("\n", LastReplies.Select(r => r.ToJsonString()));

    /// <summary>Installs the app for this person: the bot speaks first in the 1:1 chat. Not a turn.</summary>
    public Task InstallAsync()
    {
        var activity = Activity(PersonalChat, "personal");
        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }, new JsonObject { ["id"] = userId });
        return PostAsync(activity, countsAsTurn: false);
    }

    public Task SayAsync(string text)
    {
        var activity = Activity(PersonalChat, "personal");
        activity["text"] = text;
        return PostAsync(activity);
    }

    /// <summary>A message in a group chat that mentions the bot.</summary>
    public Task SayInGroupAsync(string groupId, string text)
    {
        var activity = Activity(groupId, "groupChat");
        activity["conversation"]!["isGroup"] = true;
        activity["text"] = $"<at>Adviseur</at> {text}";
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>Adviseur</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "Adviseur" },
        });
        return PostAsync(activity);
    }

    /// <summary>The card buttons of the latest replies in the 1:1 chat, by title.</summary>
    public IReadOnlyList<string> Buttons => Actions().Select(a => a["title"]!.GetValue<string>()).ToList();

    /// <summary>Presses the last button with this title, as Teams sends a messageBack: its text, with the data as value.</summary>
    public Task PressAsync(string title)
    {
        var button = Actions().Last(a => a["title"]!.GetValue<string>() == title);
        var data = button["data"]!.AsObject();
        var activity = Activity(PersonalChat, "personal");
        activity["text"] = data["msteams"]?["text"]?.GetValue<string>() ?? "";
        activity["value"] = data.DeepClone();
        return PostAsync(activity);
    }

    /// <summary>Fills in the last form of the 1:1 chat and sends it: the inputs merged into the send button's data.</summary>
    public Task SubmitFormAsync(IReadOnlyDictionary<string, string> values)
    {
        var card = Cards().Last(c => c["body"]!.AsArray().Any(e => e!["type"]!.GetValue<string>().StartsWith("Input.", StringComparison.Ordinal)));
        var value = card["actions"]!.AsArray().Single(a => a!["data"]?["form"] is not null)!["data"]!.DeepClone().AsObject();
        foreach (var (id, text) in values)
        {
            value[id] = text;
        }

        var activity = Activity(PersonalChat, "personal");
        activity["value"] = value;
        return PostAsync(activity);
    }

    /// <summary>Cards the bot posted in the 1:1 chat since this person's last turn.</summary>
    public IEnumerable<JsonObject> Cards() =>
        LastReplies.SelectMany(r => r["attachments"]?.AsArray() ?? []).Select(a => a!["content"]!.AsObject());

    private IEnumerable<JsonObject> Actions() =>
        Cards().SelectMany(c => c["actions"]?.AsArray() ?? []).Select(a => a!.AsObject()).Where(a => a["type"]!.GetValue<string>() == "Action.Submit");

    private const string BotId = "28:adviseur";

    private JsonObject Activity(string conversationId, string conversationType) => new()
    {
        ["type"] = "message",
        ["id"] = $"{userId}-{++_activities}",
        ["channelId"] = "msteams",
        ["serviceUrl"] = channel.ServiceUrl,
        ["locale"] = "nl-NL",
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = name, ["aadObjectId"] = "aad-" + userId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Adviseur" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = "tenant-1" },
    };

    private async Task PostAsync(JsonObject activity, bool countsAsTurn = true)
    {
        _seen = channel.ActivitiesIn(PersonalChat).Count;
        using var response = await http.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"/api/messages answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        await services.GetRequiredService<IReplyDelivery>().WhenIdleAsync();
        Turns += countsAsTurn ? 1 : 0;
    }
}
