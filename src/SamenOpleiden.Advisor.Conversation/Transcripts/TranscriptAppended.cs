namespace SamenOpleiden.Advisor.Conversation.Transcripts;

/// <summary>A transcript grew; a null conversation id means "announcements may have been missed: re-read every open stream".</summary>
/// <param name="ConversationId">The conversation, or null after a gap (e.g. the notification connection was re-established).</param>
/// <param name="Watermark">The newest entry's watermark, 0 with a null conversation id.</param>
public sealed record TranscriptAppended(string? ConversationId, long Watermark)
{
    /// <summary>The announcement that asks every subscriber to re-read everything it holds open.</summary>
    public static TranscriptAppended Resync { get; } = new(null, 0);
}
