using Microsoft.Extensions.DependencyInjection.Extensions;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Host.Composition;
using SamenOpleiden.Advisor.Storage.Sqlite;

namespace SamenOpleiden.Advisor.Host.Reports;

/// <summary>Registers reports and regions on the shared SQLite database, and the configured regions at start-up.</summary>
internal static class ReportServiceCollectionExtensions
{
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        // Read when the host starts (the hosted service below needs it), so a bad value stops the start with its key named.
        services.AddSingleton(_ => ReportsOptions.Read(configuration));
        services.TryAddSingleton(TimeProvider.System);
        // The conversation's storage registers the same database; whichever registration comes last is the one file both use.
        services.TryAddSingleton(_ => new SqliteDatabase(AdvisorDatabasePath.Resolve(configuration)));
        // TryAdd: a storage provider that brings its own archive and directory (PostgreSQL) keeps them.
        services.TryAddSingleton<IReportArchive>(sp => new SqliteReportArchive(
            sp.GetRequiredService<SqliteDatabase>(),
            TimeSpan.FromDays(sp.GetRequiredService<ReportsOptions>().LinkLifetimeDays),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IRegionDirectory>(sp => new SqliteRegionDirectory(sp.GetRequiredService<SqliteDatabase>(), sp.GetRequiredService<TimeProvider>()));
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
