using SamenOpleiden.Advisor.BotFramework.Schema;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine;

/// <summary>
/// The bot behind a channel, at the level of activities: one inbound activity (a message or a
/// <c>conversationUpdate</c> when a conversation starts) in, the activities to send back out.
/// The channel fills in ids, timestamps, <c>from</c>/<c>recipient</c>, <c>conversation</c> and
/// <c>replyToId</c>; the bot sets only content (type, text, attachments, suggested actions, channel data).
/// </summary>
public interface IActivityBot
{
    /// <summary>Handles one inbound activity. Must not throw for bad user input.</summary>
    /// <param name="activity">The activity as recorded in the transcript.</param>
    /// <param name="clientAddress">Who sent it (<c>ClientAddress.Of</c> its IP address), null for the channel's own activities.</param>
    /// <param name="cancellationToken">Stops the turn when the service stops.</param>
    Task<IReadOnlyList<Activity>> OnActivityAsync(Activity activity, string? clientAddress, CancellationToken cancellationToken);
}
