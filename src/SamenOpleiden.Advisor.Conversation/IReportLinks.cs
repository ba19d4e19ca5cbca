using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Conversation;

/// <summary>
/// Makes the link to a stored assessment's report. The reports feature implements it; without
/// reports the Host registers <see cref="NoReportLinks"/> and <c>rapport</c> says it is not there yet.
/// </summary>
public interface IReportLinks
{
    /// <summary>The report's URL for the assessment, or null when no report can be made for it.</summary>
    string? LinkFor(FinishedAssessmentReference assessment);
}

/// <summary>Which assessment a report is about: its id and the conversation it came from.</summary>
public sealed record FinishedAssessmentReference(string AssessmentId, string ConversationKey, string RespondentKey);

/// <summary>Reports are not available in this host.</summary>
public sealed class NoReportLinks : IReportLinks
{
    public string? LinkFor(FinishedAssessmentReference assessment) => null;
}
