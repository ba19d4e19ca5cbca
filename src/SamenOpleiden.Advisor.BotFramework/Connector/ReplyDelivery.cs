using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using SamenOpleiden.Advisor.BotFramework.Schema;

namespace SamenOpleiden.Advisor.BotFramework.Connector;

/// <summary>Where replies go: a conversation at a channel's service URL, as replies to an activity or appended.</summary>
internal sealed record ReplyTarget(Uri ServiceUrl, string ConversationId, string? ReplyToId)
{
    /// <summary>Back into the conversation of <paramref name="inbound"/>, as replies to it.</summary>
    public static ReplyTarget To(Activity inbound) => new(new Uri(inbound.ServiceUrl!), inbound.Conversation!.Id!, inbound.Id);
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
/// A reply the channel refuses (after the client's retries) is logged and kept in the <see cref="IUndeliveredReplyStore"/>.
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
        var (serviceUrl, conversationId, replyToId) = target;
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
                await KeepAsync(new UndeliveredReply(timeProvider.GetUtcNow(), serviceUrl.AbsoluteUri, conversationId, replyToId, e.Message, reply));
            }
        }
    }

    private async Task KeepAsync(UndeliveredReply reply)
    {
        try
        {
            await undelivered.KeepAsync(reply, CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogCritical(e, "Could not keep an undelivered reply for conversation {ConversationId}; its text was: {Text}",
                reply.ConversationId, reply.Activity.Text);
        }
    }
}
