using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Conversation;

/// <summary>
/// Makes the link to a stored assessment's report when the respondent types <c>rapport</c>. The
/// reports feature implements it (the assessment itself is in <see cref="IConversationStore.FindAssessmentAsync"/>);
/// without reports the Host registers <see cref="NoReportLinks"/> and <c>rapport</c> says it is not there yet.
/// </summary>
public interface IReportLinks
{
    /// <summary>The report's URL for the assessment, or null when no report can be made for it.</summary>
    Task<string?> LinkForAsync(FinishedAssessmentReference assessment, CancellationToken cancellationToken);
}

/// <summary>
/// Which assessment a report is about: its id, the conversation and respondent it came from, and the
/// region the respondent joined with its access code (null outside a region), so the report is filed there.
/// </summary>
public sealed record FinishedAssessmentReference(string AssessmentId, string ConversationKey, string RespondentKey, string? RegionId = null);

/// <summary>Reports are not available in this host.</summary>
public sealed class NoReportLinks : IReportLinks
{
    public Task<string?> LinkForAsync(FinishedAssessmentReference assessment, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);
}
