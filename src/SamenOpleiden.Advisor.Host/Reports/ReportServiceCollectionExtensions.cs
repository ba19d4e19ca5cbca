using Microsoft.Extensions.DependencyInjection.Extensions;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Core.Reports;

namespace SamenOpleiden.Advisor.Host.Reports;

/// <summary>Registers report links and the coordinator's check on the stores of <c>AddAdvisorStorage</c>, and the configured regions at start-up.</summary>
internal static class ReportServiceCollectionExtensions
{
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        // Read when the host starts (the hosted service below needs it), so a bad value stops the start with its key named.
        services.AddSingleton(_ => ReportsOptions.Read(configuration));
        services.TryAddSingleton(TimeProvider.System);
        // Replaces the conversation's "no reports here" default, whichever of the two registers first.
        services.Replace(ServiceDescriptor.Singleton<IReportLinks, ArchiveReportLinks>());
        services.AddSingleton<CoordinatorCheck>();
        services.AddHostedService<ExpiredLinkPurge>();
        services.AddHostedService(sp => new ConfiguredRegionsRegistration(sp.GetRequiredService<ReportsOptions>(), sp.GetRequiredService<IRegionDirectory>()));
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
