using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;

namespace SamenOpleiden.Advisor.Host.Reports;

/// <summary>
/// The chat's <c>rapport</c>: archives the conversation's finished assessment and answers with a
/// fresh link to its report. When the respondent joined a region with its access code, the report is
/// filed under that region and its open round, so the coordinator's view counts it.
/// </summary>
internal sealed class ArchiveReportLinks(IConversationStore conversations, IReportArchive archive) : IReportLinks
{
    public async Task<string?> LinkForAsync(FinishedAssessmentReference reference, CancellationToken cancellationToken)
    {
        if (await conversations.FindOwnAsync(reference, cancellationToken) is not { } own)
        {
            return null;
        }

        var (finished, result) = own;
        var link = await archive.SaveAsync(
            new ReportSubmission
            {
                UserKey = finished.RespondentKey,
                RegionId = reference.RegionId,
                CompletedAt = finished.CompletedAt,
                Result = result,
                Remarks = finished.Remarks,
            },
            cancellationToken);
        return link.Path;
    }
}
