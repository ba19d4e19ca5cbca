using System.Collections.Concurrent;
using SamenOpleiden.Advisor.BotFramework.Schema;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine.Streaming;

/// <summary>
/// The open WebSocket per conversation (one at most: a newer socket pushes out the older one, as
/// Azure's Direct Line does with close reason <c>collision</c>) and the signals sent to it.
/// </summary>
internal sealed class ConversationStreamHub
{
    private readonly ConcurrentDictionary<string, StreamSubscription> _subscriptions = new(StringComparer.Ordinal);

    public StreamSubscription Subscribe(string conversationId)
    {
        var subscription = new StreamSubscription(conversationId, Unsubscribe);
        _subscriptions.AddOrUpdate(conversationId, subscription, (_, older) =>
        {
            older.Collide();
            return subscription;
        });
        return subscription;
    }

    /// <summary>Tells the open stream, if any, that the transcript grew.</summary>
    public void NotifyAppended(string conversationId)
    {
        if (_subscriptions.TryGetValue(conversationId, out var subscription))
        {
            subscription.Signal(null);
        }
    }

    /// <summary>Sends an activity that is not stored (typing) to the open stream, if any.</summary>
    public void PublishTransient(string conversationId, Activity activity)
    {
        if (_subscriptions.TryGetValue(conversationId, out var subscription))
        {
            subscription.Signal(activity);
        }
    }

    private void Unsubscribe(StreamSubscription subscription) =>
        _subscriptions.TryRemove(KeyValuePair.Create(subscription.ConversationId, subscription));
}
