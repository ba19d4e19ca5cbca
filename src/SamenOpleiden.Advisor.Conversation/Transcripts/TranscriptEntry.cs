namespace SamenOpleiden.Advisor.Conversation.Transcripts;

/// <summary>One serialized message of a conversation and its position in it.</summary>
/// <param name="ConversationId">The conversation it belongs to.</param>
/// <param name="Watermark">Its position: 1 for the first entry, then one more per entry.</param>
/// <param name="Payload">The message as the channel serialized it.</param>
public sealed record TranscriptEntry(string ConversationId, long Watermark, string Payload);
