using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Rules;

namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>Registers the rules: loaded, validated and compiled once at start-up, shared by every turn.</summary>
internal static class CoreServiceCollectionExtensions
{
    /// <summary>Start-up checks coverage on a small sample; `rules validate` runs the full one.</summary>
    private const int StartupCoverageSamples = 200;

    /// <param name="loading">Rules already compiling (the web service starts them before building the host); by default they start now.</param>
    public static IServiceCollection AddAdvisorCore(this IServiceCollection services, IConfiguration configuration, RulesLoading? loading = null)
    {
        // Compiling runs on another core; the singletons take it over once the configuration is final.
        loading ??= new RulesLoading(AdvisorPaths.Rules(configuration), LoadValidated);
        services.AddSingleton(_ => new LoadedRules(loading.For(AdvisorPaths.Rules(configuration))));
        // Resolved by a turn only once the rules are ready (the web service waits for them first), so this does not block there.
        services.AddSingleton(provider => provider.GetRequiredService<LoadedRules>().Evaluator.GetAwaiter().GetResult());
        return services;
    }

    /// <summary>The compiled rules, or a <see cref="RuleSetException"/> that names every fault.</summary>
    public static IAssessmentEvaluator LoadValidated(string rulesDirectory)
    {
        var report = RuleSetValidator.Validate(rulesDirectory, AdvisorRuleSet.Assembly, StartupCoverageSamples);
        return report.Evaluator ?? throw new RuleSetException(report.Problems);
    }
}
