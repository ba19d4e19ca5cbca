namespace SamenOpleiden.Advisor.Conversation.Transcripts;

/// <summary>What <see cref="ITranscriptStore.AppendAsync"/> did: the stored entry, or why nothing was stored.</summary>
public sealed record TranscriptAppend(TranscriptAppendStatus Status, TranscriptEntry? Entry = null)
{
    public static TranscriptAppend Missing { get; } = new(TranscriptAppendStatus.ConversationMissing);

    public static TranscriptAppend Full { get; } = new(TranscriptAppendStatus.Full);
}

/// <summary>The outcome of an append.</summary>
public enum TranscriptAppendStatus
{
    /// <summary>Stored; <see cref="TranscriptAppend.Entry"/> holds it.</summary>
    Appended,

    /// <summary>The conversation does not exist (never created, erased or purged).</summary>
    ConversationMissing,

    /// <summary>The transcript would grow past its byte limit.</summary>
    Full,
}
