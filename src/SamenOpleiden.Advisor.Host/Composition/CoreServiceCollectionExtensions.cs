using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rules;

namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>Registers the rules: loaded, validated and compiled once, shared by every turn.</summary>
internal static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddAdvisorCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IAssessmentEvaluator>(_ => RuleSetLoader.LoadCompiled(AdvisorPaths.Rules(configuration)));
        return services;
    }
}
