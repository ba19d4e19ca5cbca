using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.Guessing;
using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>
/// Registers the conversation: the recogniser with <c>rules/lexicon.json</c> (loaded and validated once), the limits
/// on guessing region secrets, and the engine. Its rules, stores, wording and report links come from the other parts
/// of <see cref="AdvisorServiceCollectionExtensions.AddAdvisor"/>.
/// </summary>
internal static class ConversationServiceCollectionExtensions
{
    public static IServiceCollection AddAdvisorConversation(this IServiceCollection services, IConfiguration configuration)
    {
        // One limiter for the chat's access codes and the coordinator links, so guesses count across conversations.
        services.AddValidatedOptions<GuessLimitOptions, GuessLimitOptionsValidation>(GuessLimitOptions.Section);
        services.AddSingleton<GuessLimiter>();
        services.AddSingleton(sp => LexiconLoader.Load(AdvisorPaths.Rules(configuration), sp.GetRequiredService<IAssessmentEvaluator>().Typology));
        services.AddSingleton<IPhaseRecognizer>(sp => new PhaseRecognizer(sp.GetRequiredService<IAssessmentEvaluator>().Typology, sp.GetRequiredService<Lexicon>()));
        services.AddSingleton<IConversationEngine, ConversationEngine>();
        return services;
    }
}
