using SamenOpleiden.Advisor.Conversation.Replies;

namespace SamenOpleiden.Advisor.Conversation.State;

/// <summary>
/// Everything one turn writes, saved in one transaction: the new state, the replies (so a
/// redelivered activity gets the same answer) and, when the result was reached, the assessment.
/// </summary>
/// <param name="State">The state after the turn.</param>
/// <param name="ExpectedVersion">The version that was loaded, or null for a new conversation.</param>
/// <param name="ActivityId">The channel's id of the input, when it has one.</param>
/// <param name="Replies">What the bot said in this turn.</param>
/// <param name="Assessment">The finished assessment to store, when the turn produced one.</param>
public sealed record TurnRecord(
    ConversationState State,
    long? ExpectedVersion,
    string? ActivityId,
    IReadOnlyList<Reply> Replies,
    FinishedAssessment? Assessment = null);
