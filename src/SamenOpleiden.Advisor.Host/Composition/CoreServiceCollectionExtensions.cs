using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rules;

namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>Registers the rules: loaded, validated and compiled once at start-up, shared by every turn.</summary>
internal static class CoreServiceCollectionExtensions
{
    /// <summary>Start-up checks coverage on a small sample; `rules validate` runs the full one.</summary>
    private const int StartupCoverageSamples = 200;

    public static IServiceCollection AddAdvisorCore(this IServiceCollection services, IConfiguration configuration)
    {
        // Compiling starts now, on another core; the singleton takes it over once the configuration is final.
        var loading = new RulesLoading(AdvisorPaths.Rules(configuration), LoadValidated);
        services.AddSingleton(_ => loading.For(AdvisorPaths.Rules(configuration)));
        return services;
    }

    /// <summary>The compiled rules, or a <see cref="RuleSetException"/> that names every fault.</summary>
    public static IAssessmentEvaluator LoadValidated(string rulesDirectory)
    {
        var report = RuleSetValidator.Validate(rulesDirectory, StartupCoverageSamples);
        return report.Evaluator ?? throw new RuleSetException(report.Problems);
    }
}
