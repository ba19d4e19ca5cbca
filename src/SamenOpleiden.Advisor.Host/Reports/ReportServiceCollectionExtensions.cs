using Microsoft.Extensions.DependencyInjection.Extensions;
using SamenOpleiden.Advisor.Core.Reports;

namespace SamenOpleiden.Advisor.Host.Reports;

/// <summary>Registers reports and regions: the SQLite stores as singletons and the configured regions at start-up.</summary>
internal static class ReportServiceCollectionExtensions
{
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => ReportStorage.Open(configuration, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IReportArchive>(sp => sp.GetRequiredService<ReportStorage>().Archive);
        services.AddSingleton<IRegionDirectory>(sp => sp.GetRequiredService<ReportStorage>().Regions);
        services.AddHostedService<ConfiguredRegionsRegistration>();
        return services;
    }

    private sealed class ConfiguredRegionsRegistration(ReportStorage storage) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => storage.RegisterConfiguredRegionsAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
