namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>Registers the rules: loaded, validated and compiled once, shared by every turn.</summary>
internal static class RulesServiceCollectionExtensions
{
    /// <param name="preloaded">
    /// Rules already compiling (the web service starts them before it composes, so the compile overlaps building and
    /// starting the host); otherwise they compile when first needed, so a verb that needs no rules compiles none.
    /// </param>
    public static IServiceCollection AddAdvisorRules(this IServiceCollection services, IConfiguration configuration, RulesLoading? preloaded = null)
    {
        services.AddSingleton(_ =>
        {
            var directory = AdvisorPaths.Rules(configuration);
            return new LoadedRules(preloaded?.For(directory) ?? RulesLoading.Start(directory).For(directory));
        });
        // Resolved by a turn only once the rules are ready (the web service waits for them first), so this does not block there.
        services.AddSingleton(provider => provider.GetRequiredService<LoadedRules>().Evaluator.GetAwaiter().GetResult());
        return services;
    }
}
