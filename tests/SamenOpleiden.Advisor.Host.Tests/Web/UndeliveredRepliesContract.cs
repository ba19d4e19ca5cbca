using SamenOpleiden.Advisor.Testing;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SamenOpleiden.Advisor.BotFramework.Connector;
using SamenOpleiden.Advisor.Conversation.Delivery;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Testing.Processes;

namespace SamenOpleiden.Advisor.Host.Tests.Web;

/// <summary>
/// Teams replies the Connector refuses are kept in the database beside their turn, so "verwijder mijn gegevens" deletes
/// them, and a retry that fails after the deletion writes nothing back. Each provider runs it on its own database.
/// </summary>
public abstract class UndeliveredRepliesContract : IDisposable
{
    private const string ConversationId = "a:teams-onbezorgd";
    // Nothing listens here, so every delivery fails, after the configured retries.
    private readonly string _serviceUrl = $"http://127.0.0.1:{FreePort.OnLoopback()}/";
    private int _activities;

    protected UndeliveredRepliesContract()
    {
        App.Settings["BotFramework:ConnectorRetryBaseDelay"] = "00:00:00.300";
        App.Settings["BotFramework:ConnectorMaxRetries"] = "3";
    }

    private protected AdvisorHost App { get; } = AdvisorHost.ForWebChat(bot: "advisor");

    protected abstract string Provider { get; }

    [Fact]
    public async Task RefusedRepliesAreKeptUntilTheDeletionAndRetriesFailingAfterItWriteNothingBack()
    {
        var http = App.CreateClient();
        var delivery = App.Services.GetRequiredService<IReplyDelivery>();
        var undelivered = App.Services.GetRequiredService<IUndeliveredReplyStore>();

        await SendAsync(http, Activity("conversationUpdate", null, expectReplies: false));
        await delivery.WhenIdleAsync();
        var keptBefore = (await undelivered.ListAsync("msteams:" + ConversationId, default)).Count;

        // Its replies fail and are retried for about two seconds; the deletion happens meanwhile.
        await SendAsync(http, Activity("message", "geen", expectReplies: false));
        await SendAsync(http, Activity("message", "verwijder mijn gegevens", expectReplies: true));
        var deleted = await SendAsync(http, Activity("message", "ja", expectReplies: true));
        var keptRightAfter = (await undelivered.ListAsync("msteams:" + ConversationId, default)).Count;
        await delivery.WhenIdleAsync();
        var keptAfterRetries = (await undelivered.ListAsync("msteams:" + ConversationId, default)).Count;

        ReliabilityLog.Write($"hardening #3 undelivered Teams replies ({Provider}): kept before 'verwijder mijn gegevens' {keptBefore}, " +
            $"right after it {keptRightAfter}, after the retries that failed after it {keptAfterRetries}");
        Assert.Contains("Ik heb al je gegevens verwijderd", deleted, StringComparison.Ordinal);
        Assert.True(keptBefore > 0, "no refused reply was kept, so this test proves nothing");
        Assert.Equal((0, 0), (keptRightAfter, keptAfterRetries));
    }

    public void Dispose() => App.Dispose();

    private static async Task<string> SendAsync(HttpClient http, JsonObject activity)
    {
        using var response = await http.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private JsonObject Activity(string type, string? text, bool expectReplies)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"activity-{++_activities}",
            ["channelId"] = "msteams",
            ["serviceUrl"] = _serviceUrl,
            ["from"] = new JsonObject { ["id"] = "29:user", ["aadObjectId"] = "aad-onbezorgd" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot" },
            ["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = "personal" },
            ["locale"] = "nl-NL",
        };
        if (text is not null)
        {
            activity["text"] = text;
        }

        if (type == "conversationUpdate")
        {
            activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot" });
        }

        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }
}
