using System.Text.Json;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Host.Reports;

/// <summary>The assessment a <c>rapport</c> is about, found for whoever asked only if it is their own.</summary>
internal static class OwnAssessments
{
    /// <returns>The stored assessment and its result, or null when it is not there or belongs to another respondent.</returns>
    public static async Task<(FinishedAssessment Stored, AssessmentResult Result)?> FindOwnAsync(
        this IConversationStore conversations, FinishedAssessmentReference reference, CancellationToken cancellationToken)
    {
        var finished = await conversations.FindAssessmentAsync(reference.AssessmentId, cancellationToken);
        return finished is null || finished.RespondentKey != reference.RespondentKey
            ? null
            : (finished, JsonSerializer.Deserialize<AssessmentResult>(finished.ResultJson, AssessmentJson.Options)!);
    }
}
