using Microsoft.Extensions.DependencyInjection;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Testing;

namespace SamenOpleiden.Advisor.Host.Tests.Reports;

/// <summary>The service's report archive and regions, as the report tests fill them.</summary>
internal static class ReportsOnTheHost
{
    extension(AdvisorHost host)
    {
        public IReportArchive Archive => host.Services.GetRequiredService<IReportArchive>();

        public IRegionDirectory Regions => host.Services.GetRequiredService<IRegionDirectory>();

        public Task<ReportLink> SaveAsync(string userKey, AssessmentResult result, string? regionId = null, IReadOnlyDictionary<string, string>? remarks = null) =>
            host.Archive.SaveAsync(
                new ReportSubmission
                {
                    UserKey = userKey,
                    RegionId = regionId,
                    CompletedAt = DateTimeOffset.UtcNow,
                    Result = result,
                    Remarks = remarks ?? new Dictionary<string, string>(),
                },
                default);
    }
}
