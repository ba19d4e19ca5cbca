using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Core.Reports;

namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>
/// "verwijder mijn gegevens" also removes the respondent's archived reports, when this host has a
/// report archive. Reports are archived under the conversation's respondent key (channel + ":" + user id).
/// </summary>
internal sealed class ReportArchiveEraser(IServiceProvider services) : IRespondentDataEraser
{
    public async Task<IReadOnlyList<DeletedData>> DeleteRespondentAsync(string respondentKey, CancellationToken cancellationToken)
    {
        if (services.GetService<IReportArchive>() is not { } archive)
        {
            return [];
        }

        return [new DeletedData("rapporten en hun links", await archive.DeleteRespondentAsync(respondentKey, cancellationToken))];
    }
}
