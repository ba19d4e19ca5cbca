using SamenOpleiden.Advisor.Host.Composition;

namespace SamenOpleiden.Advisor.Host.Privacy;

/// <summary>Registers retention: its settings (checked at start, so a wrong value stops it) and the hourly purge.</summary>
internal static class PrivacyServiceCollectionExtensions
{
    public static IServiceCollection AddAdvisorRetention(this IServiceCollection services)
    {
        services.AddValidatedOptions<RetentionOptions, RetentionOptionsValidation>(RetentionOptions.Section);
        services.AddHostedService<DataRetentionPurge>();
        return services;
    }
}
