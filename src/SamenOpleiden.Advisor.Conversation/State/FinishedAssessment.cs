namespace SamenOpleiden.Advisor.Conversation.State;

/// <summary>
/// A completed assessment as stored for reports: the rules' input and result as canonical JSON
/// (<see cref="Core.Assessment.AssessmentJson"/>), the rules version that made it, and the remarks.
/// </summary>
public sealed record FinishedAssessment(
    string Id,
    string ConversationKey,
    string RespondentKey,
    string? RegionName,
    string RulesVersion,
    string InputJson,
    string ResultJson,
    IReadOnlyDictionary<string, string> Remarks,
    DateTimeOffset CompletedAt);
