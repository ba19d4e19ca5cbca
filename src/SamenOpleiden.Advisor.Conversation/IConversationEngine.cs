using SamenOpleiden.Advisor.Conversation.Replies;

namespace SamenOpleiden.Advisor.Conversation;

/// <summary>
/// The channel-neutral conversation: takes one input, applies it to the stored conversation state
/// and returns what the bot says back. Channels call this and render the replies their own way.
/// </summary>
public interface IConversationEngine
{
    /// <summary>Handles one turn. The state change and the replies are stored together, or not at all.</summary>
    Task<IReadOnlyList<Reply>> HandleAsync(TurnInput input, CancellationToken cancellationToken);
}
