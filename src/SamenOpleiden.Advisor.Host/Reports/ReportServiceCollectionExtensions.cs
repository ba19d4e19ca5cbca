using Microsoft.Extensions.DependencyInjection.Extensions;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Storage.Sqlite;

namespace SamenOpleiden.Advisor.Host.Reports;

/// <summary>Registers reports and regions on the shared SQLite database, and the configured regions at start-up.</summary>
internal static class ReportServiceCollectionExtensions
{
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        var options = ReportsOptions.Read(configuration);
        services.TryAddSingleton(TimeProvider.System);
        // The conversation's storage registers the same database; whichever registration comes last is the one file both use.
        services.TryAddSingleton(_ => new SqliteDatabase(ReportsOptions.DatabasePath(configuration)));
        services.AddSingleton<IReportArchive>(sp => new SqliteReportArchive(
            sp.GetRequiredService<SqliteDatabase>(), TimeSpan.FromDays(options.LinkLifetimeDays), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IRegionDirectory>(sp => new SqliteRegionDirectory(sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService(sp => new ConfiguredRegionsRegistration(options, sp.GetRequiredService<IRegionDirectory>()));
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
