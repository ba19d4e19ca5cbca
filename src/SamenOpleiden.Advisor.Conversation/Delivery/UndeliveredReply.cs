namespace SamenOpleiden.Advisor.Conversation.Delivery;

/// <summary>
/// A reply the channel refused, kept so it can be resent. It belongs to the turn that produced it: the input
/// <paramref name="ActivityId"/> of conversation <paramref name="ConversationKey"/>.
/// </summary>
/// <param name="ConversationKey">The conversation's key (<see cref="ConversationKeys.Conversation"/>).</param>
/// <param name="ActivityId">The channel's id of the input the reply answers.</param>
/// <param name="Payload">The reply and where it was going, as the channel serialized it.</param>
/// <param name="Error">Why the channel refused it.</param>
/// <param name="FailedAt">When the last try failed.</param>
public sealed record UndeliveredReply(string ConversationKey, string ActivityId, string Payload, string Error, DateTimeOffset FailedAt);
