using System.Text.Json;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;

namespace SamenOpleiden.Advisor.Host.Reports;

/// <summary>
/// The chat's <c>rapport</c>: archives the conversation's finished assessment and answers with a
/// fresh link to its report. The conversation does not know regions yet, so these reports belong to
/// no region; once the profile step joins one (<see cref="IRegionDirectory.TryJoinAsync"/>), its
/// region id goes into <see cref="ReportSubmission.RegionId"/> here.
/// </summary>
internal sealed class ArchiveReportLinks(IConversationStore conversations, IReportArchive archive) : IReportLinks
{
    public async Task<string?> LinkForAsync(FinishedAssessmentReference reference, CancellationToken cancellationToken)
    {
        var finished = await conversations.FindAssessmentAsync(reference.AssessmentId, cancellationToken);
        if (finished is null || finished.RespondentKey != reference.RespondentKey)
        {
            return null;
        }

        var link = await archive.SaveAsync(
            new ReportSubmission
            {
                UserKey = finished.RespondentKey,
                CompletedAt = finished.CompletedAt,
                Result = JsonSerializer.Deserialize<AssessmentResult>(finished.ResultJson, AssessmentJson.Options)!,
                Remarks = finished.Remarks,
            },
            cancellationToken);
        return link.Path;
    }
}
