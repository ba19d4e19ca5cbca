namespace SamenOpleiden.Advisor.Host.Privacy;

/// <summary>Registers retention: its settings (read at start, so a wrong value stops it) and the hourly purge.</summary>
internal static class PrivacyServiceCollectionExtensions
{
    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(RetentionOptions.Read(configuration));
        services.AddHostedService<DataRetentionPurge>();
        return services;
    }
}
