using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SamenOpleiden.Advisor.Conversation.Transcripts;
using SamenOpleiden.Advisor.Storage.Postgres;

namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>
/// Chooses the database: <c>Storage:Provider</c> = <c>Sqlite</c> (default, one instance) or <c>Postgres</c>
/// (several instances on <c>ConnectionStrings:Advisor</c>). Call it after the features that register
/// their SQLite stores: the PostgreSQL registrations then replace them.
/// </summary>
internal static class StorageProviderServiceCollectionExtensions
{
    public static IServiceCollection AddAdvisorStorageProvider(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["Storage:Provider"];
        if (string.IsNullOrWhiteSpace(provider) || string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            services.TryAddSingleton<ITranscriptNotifications, InProcessTranscriptNotifications>();
            return services;
        }

        if (!string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            throw new OptionsValidationException("Storage", typeof(string), [$"Storage:Provider '{provider}' is unknown; use Sqlite or Postgres."]);
        }

        // Expected shape: "ConnectionStrings": { "Advisor": "Host=db.example;Port=5432;Database=advisor;Username=advisor;Password=..." }
        var connectionString = configuration.GetConnectionString("Advisor");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new OptionsValidationException("Storage", typeof(string), ["Storage:Provider is Postgres but ConnectionStrings:Advisor is empty."]);
        }

        return services.AddAdvisorPostgresStorage(connectionString, TimeSpan.FromDays(Reports.ReportsOptions.Read(configuration).LinkLifetimeDays));
    }
}
