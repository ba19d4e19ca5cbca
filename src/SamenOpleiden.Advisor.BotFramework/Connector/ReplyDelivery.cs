using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SamenOpleiden.Advisor.BotFramework.Schema;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.Delivery;

namespace SamenOpleiden.Advisor.BotFramework.Connector;

/// <summary>
/// Where replies go: a conversation at a channel's service URL, as replies to an activity or appended. A refused reply is
/// kept beside the stored turn that produced it (<paramref name="ConversationKey"/>, <paramref name="TurnActivityId"/>),
/// so it goes when that turn's respondent is deleted.
/// </summary>
internal sealed record ReplyTarget(Uri ServiceUrl, string ConversationId, string? ReplyToId, string ConversationKey, string TurnActivityId)
{
    /// <summary>Back into the conversation of <paramref name="inbound"/>, as replies to it, for the turn <paramref name="turn"/>.</summary>
    public static ReplyTarget To(Activity inbound, TurnInput turn) =>
        new(new Uri(inbound.ServiceUrl!), inbound.Conversation!.Id!, inbound.Id, turn.ConversationKey, turn.ActivityId ?? "");
}

/// <summary>Delivers a turn's replies to the channel after the channel's request has been answered.</summary>
internal interface IReplyDelivery
{
    /// <summary>Queues the replies behind earlier ones of the same conversation and returns at once.</summary>
    void Enqueue(ReplyTarget target, IReadOnlyList<Activity> replies);

    /// <summary>Completes when every queued reply has been delivered or kept.</summary>
    Task WhenIdleAsync();
}

/// <summary>
/// The channel gets its 200 as soon as the turn is saved (a bot slower than ~15 s makes Azure report a failure and
/// deliver the message again, bot-framework.md §2.7); replies then go out in the background, in order per conversation.
/// A reply the channel refuses (after the client's retries) is logged and kept in the <see cref="IUndeliveredReplyStore"/>,
/// in the database beside its turn, unless the respondent's data was deleted in the meantime.
/// </summary>
internal sealed class ReplyDelivery(IConnectorClient connector, IUndeliveredReplyStore undelivered, TimeProvider timeProvider, ILogger<ReplyDelivery> logger)
    : IReplyDelivery, IAsyncDisposable
{
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(20);
    private readonly ConcurrentDictionary<string, Task> _tails = new(StringComparer.Ordinal);

    public void Enqueue(ReplyTarget target, IReadOnlyList<Activity> replies)
    {
        if (replies.Count == 0)
        {
            return;
        }

        var conversationId = target.ConversationId;
        var tail = _tails.AddOrUpdate(
            conversationId,
            _ => Task.Run(() => DeliverAsync(target, replies)),
            (_, previous) => previous.ContinueWith(_ => DeliverAsync(target, replies), TaskScheduler.Default).Unwrap());
        tail.ContinueWith(done => _tails.TryRemove(new KeyValuePair<string, Task>(conversationId, done)), TaskScheduler.Default);
    }

    public Task WhenIdleAsync() => Task.WhenAll(_tails.Values);

    public async ValueTask DisposeAsync()
    {
        // Let replies already accepted from the channel go out before the process ends.
        await WhenIdleAsync().WaitAsync(ShutdownGrace).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task DeliverAsync(ReplyTarget target, IReadOnlyList<Activity> replies)
    {
        var (serviceUrl, conversationId, replyToId, _, _) = target;
        foreach (var reply in replies)
        {
            try
            {
                reply.Id = await connector.SendAsync(serviceUrl, conversationId, replyToId, reply, CancellationToken.None) ?? reply.Id;
            }
            catch (Exception e)
            {
                // Whatever went wrong, the turn is saved and the reply must not be lost: keep it for a resend.
                logger.LogError(e, "Could not deliver a reply to conversation {ConversationId} at {ServiceUrl}", conversationId, serviceUrl);
                var payload = JsonSerializer.Serialize(new ConnectorReply(serviceUrl.AbsoluteUri, conversationId, replyToId, reply), ActivityJson.Options);
                await KeepAsync(new UndeliveredReply(target.ConversationKey, target.TurnActivityId, payload, e.Message, timeProvider.GetUtcNow()));
            }
        }
    }

    private async Task KeepAsync(UndeliveredReply reply)
    {
        try
        {
            // Not cancellable: a reply that failed once must not be lost a second time because the request ended.
            if (await undelivered.KeepAsync(reply, CancellationToken.None))
            {
                logger.LogWarning("Kept an undelivered reply for conversation {ConversationKey}", reply.ConversationKey);
            }
            else
            {
                logger.LogWarning("Dropped an undelivered reply for conversation {ConversationKey}: its turn is not stored (deleted, or never saved)", reply.ConversationKey);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Never the reply's text: it may hold a respondent's remarks, and logs are kept longer than the data.
            logger.LogCritical(e, "Could not keep an undelivered reply for conversation {ConversationKey}", reply.ConversationKey);
        }
    }

    /// <summary>A refused reply with where it was going: what a resend needs.</summary>
    private sealed record ConnectorReply(string ServiceUrl, string ConversationId, string? ReplyToId, Activity Activity);
}
