namespace SamenOpleiden.Advisor.Conversation.Transcripts;

/// <summary>
/// Tells every instance that a conversation's transcript grew, so the instance holding the
/// conversation's open stream reads the new entries from the store and delivers them. Only the
/// conversation id and watermark travel; the entry itself is always read from the store.
/// In-process for one instance; PostgreSQL LISTEN/NOTIFY when several share a database.
/// </summary>
public interface ITranscriptNotifications
{
    /// <summary>Announces that <paramref name="conversationId"/> has entries up to <paramref name="watermark"/>.</summary>
    Task PublishAsync(string conversationId, long watermark, CancellationToken cancellationToken);

    /// <summary>
    /// Calls <paramref name="onAppended"/> for every announcement, from any instance, until disposed.
    /// The handler must be quick and must not throw; it may be called twice for one entry.
    /// </summary>
    IDisposable Subscribe(Action<TranscriptAppended> onAppended);
}
