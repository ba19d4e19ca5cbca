using SamenOpleiden.Advisor.Conversation.Replies;

namespace SamenOpleiden.Advisor.Conversation.State;

/// <summary>
/// Where conversations live between turns. SQLite by default; a PostgreSQL store implements the
/// same contract. Every write is one transaction guarded by the version (an ETag) that was loaded.
/// </summary>
public interface IConversationStore
{
    /// <summary>
    /// The conversation's state and version, or null when it does not exist. The state object belongs to the caller
    /// alone (the engine changes it in place): no other load returns the same object.
    /// </summary>
    Task<StoredConversation?> LoadAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>The replies stored for an input that was already handled, or null when it is new.</summary>
    Task<IReadOnlyList<Reply>?> FindRepliesAsync(string conversationKey, string activityId, CancellationToken cancellationToken);

    /// <summary>
    /// Saves the state, the turn's replies and the assessment together; returns the new version.
    /// Throws <see cref="ConversationConflictException"/> when the stored version is not
    /// <see cref="TurnRecord.ExpectedVersion"/> (or the conversation exists when null was expected), and when replies
    /// are already stored for <see cref="TurnRecord.ActivityId"/>: the engine then looks them up. A store may hand the
    /// saved state object to the next load of the conversation, so the caller does not change it after this call.
    /// </summary>
    Task<long> SaveTurnAsync(TurnRecord turn, CancellationToken cancellationToken);

    /// <summary>Deletes every record of the respondent (all conversations, replies, assessments) and says what went.</summary>
    Task<DeletionReport> DeleteRespondentAsync(string respondentKey, CancellationToken cancellationToken);

    /// <summary>A stored assessment by id, or null.</summary>
    Task<FinishedAssessment?> FindAssessmentAsync(string assessmentId, CancellationToken cancellationToken);

    /// <summary>The respondent's stored assessments, oldest first.</summary>
    Task<IReadOnlyList<FinishedAssessment>> ListAssessmentsAsync(string respondentKey, CancellationToken cancellationToken);
}
