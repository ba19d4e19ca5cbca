using Microsoft.Extensions.DependencyInjection.Extensions;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.Guessing;
using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>
/// Registers the conversation: the recogniser with <c>rules/lexicon.json</c> (loaded and validated
/// once) and the engine. Needs <c>AddAdvisorCore</c> and <c>AddAdvisorStorage</c>. Report links
/// default to "not available" until a reports feature registers its own <see cref="IReportLinks"/>.
/// </summary>
internal static class ConversationServiceCollectionExtensions
{
    public static IServiceCollection AddAdvisorConversation(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IReportLinks, NoReportLinks>();
        // One limiter for the chat's access codes and the coordinator links, so guesses count across conversations.
        services.TryAddSingleton(GuessLimitSettings.Read(configuration));
        services.TryAddSingleton<GuessLimiter>();
        services.AddSingleton(sp => LexiconLoader.Load(AdvisorPaths.Rules(configuration), sp.GetRequiredService<IAssessmentEvaluator>().Typology));
        services.AddSingleton<IPhaseRecognizer>(sp => new PhaseRecognizer(sp.GetRequiredService<IAssessmentEvaluator>().Typology, sp.GetRequiredService<Lexicon>()));
        services.AddSingleton<IConversationEngine, ConversationEngine>();
        return services;
    }
}
