namespace SamenOpleiden.Advisor.Conversation.State;

/// <summary>A conversation's state as loaded, with the version a save must match.</summary>
public sealed record StoredConversation(ConversationState State, long Version);
