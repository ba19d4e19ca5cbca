using SamenOpleiden.Advisor.Storage;

namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>Registers the conversation store on the configured SQLite file.</summary>
internal static class HostStorageServiceCollectionExtensions
{
    public static IServiceCollection AddAdvisorStorage(this IServiceCollection services, IConfiguration configuration, string? databasePath = null) =>
        services.AddAdvisorSqliteStorage(AdvisorDatabasePath.Resolve(configuration, databasePath));
}
