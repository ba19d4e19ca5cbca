namespace SamenOpleiden.Advisor.Conversation.Transcripts;

/// <summary>
/// The durable, ordered record of what was said in a conversation, as a channel serialized it.
/// Payloads are opaque strings (a channel's wire format); the store only guarantees that each
/// conversation's entries get watermarks 1, 2, 3, ... with no gap and no reuse, so a client can
/// resume from any watermark and see every later entry exactly once.
/// </summary>
public interface ITranscriptStore
{
    /// <summary>Records that a conversation exists. Returns false when it already did.</summary>
    Task<bool> CreateConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Whether <see cref="CreateConversationAsync"/> was ever called for this id.</summary>
    Task<bool> ConversationExistsAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Appends one entry atomically. <paramref name="buildPayload"/> receives the watermark the entry
    /// will get, so a payload can embed ids derived from it.
    /// </summary>
    Task<TranscriptEntry> AppendAsync(string conversationId, Func<long, string> buildPayload, CancellationToken cancellationToken);

    /// <summary>Entries with a watermark greater than <paramref name="afterWatermark"/>, oldest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<TranscriptEntry>> ReadAfterAsync(string conversationId, long afterWatermark, int max, CancellationToken cancellationToken);
}
