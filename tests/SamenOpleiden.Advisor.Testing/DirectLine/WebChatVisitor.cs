using Xunit;
using System.Net;
using System.Text.Json.Nodes;

namespace SamenOpleiden.Advisor.Testing.DirectLine;

/// <summary>
/// A visitor of the web page as the embed script makes one: a page token (its own conversation and user), the
/// conversation started with it, then one message at a time, each after the advisor's answer to the one before.
/// </summary>
public sealed class WebChatVisitor
{
    private readonly DirectLineClient _client;

    private WebChatVisitor(DirectLineClient client, string conversationId, string token)
    {
        _client = client;
        ConversationId = conversationId;
        Token = token;
    }

    public string ConversationId { get; }

    public string Token { get; }

    public static async Task<WebChatVisitor> StartAsync(DirectLineClient client)
    {
        var issued = await client.PageTokenAsync();
        var visitor = new WebChatVisitor(client, (string)issued["conversationId"]!, (string)issued["token"]!);
        using var started = await client.SendAsync(HttpMethod.Post, "/conversations", visitor.Token, "{}");
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        await visitor.WaitForBotMessagesAsync(1);
        return visitor;
    }

    /// <summary>Says <paramref name="text"/> and returns the advisor's messages in answer, one per line.</summary>
    public async Task<string> SayAsync(string text)
    {
        var before = BotTexts(await _client.GetActivitiesAsync(ConversationId, Token)).Count;
        using var posted = await _client.PostMessageAsync(ConversationId, Token, text);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        return string.Join("\n", (await WaitForBotMessagesAsync(before + 1)).Skip(before));
    }

    /// <summary>Polls (10 s at most) until the advisor has sent <paramref name="count"/> messages in all.</summary>
    public async Task<IReadOnlyList<string>> WaitForBotMessagesAsync(int count)
    {
        var activities = await _client.WaitForActivitiesAsync(ConversationId, Token, all => BotTexts(all).Count >= count);
        // The advisor may say more than one thing per turn: give the turn a moment to finish.
        await Task.Delay(200);
        return BotTexts((await _client.GetActivitiesAsync(ConversationId, Token))["activities"]!.AsArray());
    }

    private static List<string> BotTexts(JsonObject set) => BotTexts(set["activities"]!.AsArray());

    /// <summary>The advisor's messages: their text, or for a card without text (the profile form) the card itself.</summary>
    private static List<string> BotTexts(JsonArray activities) =>
    [
        .. activities.Where(a => (string?)a!["type"] == "message" && (string?)a["from"]?["role"] == "bot")
            .Select(a => (string?)a!["text"] ?? a["attachments"]?.ToJsonString())
            .OfType<string>(),
    ];
}
