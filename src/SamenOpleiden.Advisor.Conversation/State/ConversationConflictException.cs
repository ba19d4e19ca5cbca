namespace SamenOpleiden.Advisor.Conversation.State;

/// <summary>Another turn saved the conversation first: the loaded version is stale and nothing was written.</summary>
public sealed class ConversationConflictException(string conversationKey)
    : Exception($"Conversation '{conversationKey}' was changed by another turn.")
{
    public string ConversationKey { get; } = conversationKey;
}
