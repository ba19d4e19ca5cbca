namespace SamenOpleiden.Advisor.Conversation.Transcripts;

/// <summary>
/// The durable, ordered record of what was said in a conversation, as a channel serialized it.
/// Payloads are opaque strings (a channel's wire format); the store only guarantees that each
/// conversation's entries get watermarks 1, 2, 3, ... with no gap and no reuse, so a client can
/// resume from any watermark and see every later entry exactly once. A transcript belongs to the respondent
/// it was created for: deleting that respondent erases it (<see cref="WasErasedAsync"/>), and retention purges it.
/// </summary>
public interface ITranscriptStore
{
    /// <summary>Records that a conversation exists, held by <paramref name="respondentKey"/> when known. Returns false when it already did.</summary>
    Task<bool> CreateConversationAsync(string conversationId, string? respondentKey, CancellationToken cancellationToken);

    /// <summary>Whether the conversation exists: created, and neither erased nor purged.</summary>
    Task<bool> ConversationExistsAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Whether the conversation was erased with its respondent's data, so nothing may bring it back.</summary>
    Task<bool> WasErasedAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Appends one entry atomically. <paramref name="buildPayload"/> receives the watermark the entry
    /// will get, so a payload can embed ids derived from it. Nothing is stored when the conversation does not exist, or
    /// when <paramref name="byteLimit"/> is given and the transcript would then hold more payload bytes than that.
    /// </summary>
    Task<TranscriptAppend> AppendAsync(string conversationId, Func<long, string> buildPayload, long? byteLimit, CancellationToken cancellationToken);

    /// <summary>Entries with a watermark greater than <paramref name="afterWatermark"/>, oldest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<TranscriptEntry>> ReadAfterAsync(string conversationId, long afterWatermark, int max, CancellationToken cancellationToken);
}
