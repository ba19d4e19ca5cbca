using System.Text.Json;
using SamenOpleiden.Advisor.BotFramework.Schema;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine.Bots;

/// <summary>
/// A protocol test bot (<c>DirectLine:Bot=echo</c>, never the default), behaving like the bot that
/// Microsoft's DirectLineJS tests were written against: it greets with "Welcome" ("欢迎" for zh-CN)
/// and answers each message with <c>channelData.originalActivity</c> = the activity as received.
/// </summary>
internal sealed class EchoActivityBot : IActivityBot
{
    public Task<IReadOnlyList<Activity>> OnActivityAsync(Activity activity, string? clientAddress, CancellationToken cancellationToken)
    {
        IReadOnlyList<Activity> replies = activity.Type switch
        {
            ActivityTypes.ConversationUpdate => [Message(Greeting(activity.Locale))],
            ActivityTypes.Message => [Echo(activity)],
            _ => [],
        };
        return Task.FromResult(replies);
    }

    private static string Greeting(string? locale) =>
        string.Equals(locale, "zh-CN", StringComparison.OrdinalIgnoreCase) ? "欢迎" : "Welcome";

    private static Activity Echo(Activity received)
    {
        var reply = Message($"Echo: {received.Text}");
        reply.ChannelData = JsonSerializer.SerializeToElement(
            new { originalActivity = JsonSerializer.SerializeToElement(received, ActivityJson.Options) });
        return reply;
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
