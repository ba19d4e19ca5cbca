using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SamenOpleiden.Advisor.Conversation.Delivery;
using SamenOpleiden.Advisor.Conversation.Guessing;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Conversation.Transcripts;
using SamenOpleiden.Advisor.Core.Rephrasings;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Storage.Database;
using SamenOpleiden.Advisor.Storage.Postgres;
using SamenOpleiden.Advisor.Storage.Sqlite;
using SamenOpleiden.Advisor.Storage.Stores;

namespace SamenOpleiden.Advisor.Storage;

/// <summary>The service's storage, the one place where the database is chosen.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds every store (conversations, transcripts and their notifications between instances, reports, regions,
    /// rephrasings, undelivered replies, counts of wrong tries at region secrets, retention, health) on the database that <c>Storage:Provider</c> names:
    /// the SQLite file (<see cref="StorageOptions.SqliteFile"/>) or PostgreSQL on <c>ConnectionStrings:Advisor</c>.
    /// Wrong settings stop the start naming their key (or, outside a host, the first use of a store).
    /// </summary>
    public static IServiceCollection AddAdvisorStorage(this IServiceCollection services, IConfiguration configuration)
    {
        // The options read the configuration from the container; a verb without a host brings its own.
        services.TryAddSingleton(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .Configure<IConfiguration>((options, root) => options.ConnectionString = root.GetConnectionString("Advisor"))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidation>());
        services.AddOptions<ReportArchiveOptions>()
            .BindConfiguration(ReportArchiveOptions.Section)
            .Validate(options => options.LinkLifetimeDays > 0, "Reports:LinkLifetimeDays must be a positive number of days.")
            .ValidateOnStart();

        services.AddSingleton<StorageDatabase>(provider => provider.GetRequiredService<IOptions<StorageOptions>>().Value switch
        {
            { ProviderKind: StorageProvider.Postgres } options => new PostgresDatabase(options.ConnectionString!, provider.GetRequiredService<TimeProvider>()),
            var options => new SqliteDatabase(options.SqliteFile(), provider.GetRequiredService<TimeProvider>()),
        });
        services.AddSingleton<IConversationStore, ConversationStore>();
        services.AddSingleton<ITranscriptStore, TranscriptStore>();
        services.AddSingleton(provider => provider.GetRequiredService<StorageDatabase>()
            .CreateTranscriptNotifications(provider.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<IReportArchive>(provider => new ReportArchive(
            provider.GetRequiredService<StorageDatabase>(),
            TimeSpan.FromDays(provider.GetRequiredService<IOptions<ReportArchiveOptions>>().Value.LinkLifetimeDays)));
        services.AddSingleton<IRegionDirectory, RegionDirectory>();
        services.AddSingleton<IRephrasingCache, RephrasingCache>();
        services.AddSingleton<IUndeliveredReplyStore, UndeliveredReplyStore>();
        services.AddSingleton<IGuessCounts, GuessCountStore>();
        services.AddSingleton<IDataRetention, DataRetention>();
        services.AddSingleton<IStorageHealth, StorageHealth>();
        return services;
    }
}
