using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SamenOpleiden.Advisor.Conversation.Delivery;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Conversation.Transcripts;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Rephrasing.Caching;

namespace SamenOpleiden.Advisor.Storage.Postgres;

/// <summary>Registers every store on one PostgreSQL database, for several instances behind a load balancer.</summary>
public static class PostgresStorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds the PostgreSQL conversation store, undelivered replies, retention, transcript store with LISTEN/NOTIFY announcements,
    /// report archive, region directory and rephrasing cache. Registered last, they replace SQLite registrations made before.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connectionString">An Npgsql connection string, e.g. <c>Host=db;Database=advisor;Username=advisor;Password=...</c>.</param>
    /// <param name="reportLinkLifetime">How long a report link works; 90 days when null.</param>
    public static IServiceCollection AddAdvisorPostgresStorage(this IServiceCollection services, string connectionString, TimeSpan? reportLinkLifetime = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddSingleton(new PostgresDatabase(connectionString));
        services.AddSingleton<IConversationStore, PostgresConversationStore>();
        services.AddSingleton<IUndeliveredReplyStore, PostgresUndeliveredReplyStore>();
        services.AddSingleton<IDataRetention, PostgresDataRetention>();
        services.AddSingleton<ITranscriptStore, PostgresTranscriptStore>();
        services.AddSingleton<ITranscriptNotifications>(provider => new PostgresTranscriptNotifications(
            provider.GetRequiredService<PostgresDatabase>(),
            provider.GetRequiredService<ILogger<PostgresTranscriptNotifications>>()));
        services.AddSingleton<IRegionDirectory>(provider => new PostgresRegionDirectory(
            provider.GetRequiredService<PostgresDatabase>(), provider.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton<IReportArchive>(provider => new PostgresReportArchive(
            provider.GetRequiredService<PostgresDatabase>(), reportLinkLifetime ?? TimeSpan.FromDays(90), provider.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton<IStorageHealth, PostgresStorageHealth>();
        services.AddSingleton<IRephrasingCache>(provider => new PostgresRephrasingCache(
            provider.GetRequiredService<PostgresDatabase>(), provider.GetService<TimeProvider>() ?? TimeProvider.System));
        return services;
    }
}
