using System.Collections.Concurrent;
using SamenOpleiden.Advisor.BotFramework.Schema;
using SamenOpleiden.Advisor.Conversation.Transcripts;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine.Streaming;

/// <summary>
/// The open WebSocket per conversation (one at most: a newer socket pushes out the older one, as
/// Azure's Direct Line does with close reason <c>collision</c>) and the signals sent to it. Transcript
/// announcements arrive through <see cref="ITranscriptNotifications"/>, so a reply recorded by another
/// instance wakes the socket held here.
/// </summary>
internal sealed class ConversationStreamHub : IDisposable
{
    private readonly ConcurrentDictionary<string, StreamSubscription> _subscriptions = new(StringComparer.Ordinal);
    private readonly IDisposable _announcements;

    public ConversationStreamHub(ITranscriptNotifications notifications) =>
        _announcements = notifications.Subscribe(OnAppended);

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

    public void Dispose() => _announcements.Dispose();

    private void OnAppended(TranscriptAppended appended)
    {
        if (appended.ConversationId is { } conversationId)
        {
            NotifyAppended(conversationId);
            return;
        }

        foreach (var subscription in _subscriptions.Values)
        {
            subscription.Signal(null);
        }
    }

    private void Unsubscribe(StreamSubscription subscription) =>
        _subscriptions.TryRemove(KeyValuePair.Create(subscription.ConversationId, subscription));
}
