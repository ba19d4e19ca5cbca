using Microsoft.Extensions.DependencyInjection.Extensions;
using SamenOpleiden.Advisor.Host.Observability;
using SamenOpleiden.Advisor.Host.Privacy;
using SamenOpleiden.Advisor.Host.Reports;
using SamenOpleiden.Advisor.Host.Web.Security;
using SamenOpleiden.Advisor.Storage;

namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>
/// The service's one composition, used by the web service and by every verb: each verb resolves only what it needs,
/// and what it does not resolve is never built (singletons are made on first use). Each part's settings are bound
/// and checked as options; the web service checks them all when it starts, a verb those of what it uses.
/// </summary>
internal static class AdvisorServiceCollectionExtensions
{
    /// <param name="preloadedRules">Rules the web service started compiling before composing (see <see cref="RulesLoading"/>).</param>
    public static IServiceCollection AddAdvisor(this IServiceCollection services, IConfiguration configuration, RulesLoading? preloadedRules = null)
    {
        // Options bind from the container's configuration; a host registers it, a plain service collection gets this one.
        services.TryAddSingleton(configuration);
        services.TryAddSingleton(TimeProvider.System);
        return services
            .AddLogging()
            .AddMetrics()
            .AddAdvisorRules(configuration, preloadedRules)
            .AddAdvisorStorage(configuration)
            .AddAdvisorConversation(configuration)
            .AddAdvisorRephrasing(configuration)
            .AddAdvisorChannels(configuration)
            .AddForwardedHeadersSettings()
            .AddAdvisorReports()
            .AddAdvisorRetention()
            .AddAdvisorObservability(configuration);
    }
}
