using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Host.Composition;

namespace SamenOpleiden.Advisor.Host.Reports;

/// <summary>
/// Registers the chat's report links and the coordinator's check on the stores of <c>AddAdvisorStorage</c>, the purge
/// of expired links, and the configured regions at start-up.
/// </summary>
internal static class ReportServiceCollectionExtensions
{
    public static IServiceCollection AddAdvisorReports(this IServiceCollection services)
    {
        services.AddValidatedOptions<ReportsOptions, ReportsOptionsValidation>(ReportsOptions.Section);
        services.AddSingleton<IReportLinks, ArchiveReportLinks>();
        services.AddSingleton<CoordinatorCheck>();
        services.AddHostedService<ExpiredLinkPurge>();
        services.AddHostedService<ConfiguredRegionsRegistration>();
        return services;
    }

    private sealed class ConfiguredRegionsRegistration(ReportsOptions options, IRegionDirectory regions) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            foreach (var region in options.Regions)
            {
                await regions.RegisterAsync(new CreatedRegion(region.Id!, region.Name!, region.CoordinatorToken!, region.AccessCode!), cancellationToken);
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
