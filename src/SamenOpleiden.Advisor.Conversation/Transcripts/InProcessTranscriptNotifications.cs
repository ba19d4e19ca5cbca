namespace SamenOpleiden.Advisor.Conversation.Transcripts;

/// <summary>Announcements within one process: enough when one instance serves every stream (SQLite).</summary>
public sealed class InProcessTranscriptNotifications : ITranscriptNotifications
{
    private readonly TranscriptSubscribers _subscribers = new();

    public Task PublishAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        _subscribers.Dispatch(new TranscriptAppended(conversationId, watermark));
        return Task.CompletedTask;
    }

    public IDisposable Subscribe(Action<TranscriptAppended> onAppended) => _subscribers.Add(onAppended);
}
