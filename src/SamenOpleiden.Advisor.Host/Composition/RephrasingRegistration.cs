using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Conversation.Wording;
using SamenOpleiden.Advisor.Rephrasing;

namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>
/// Registers the optional LLM layer from the <c>Rephrasing</c> section, and the conversation's
/// <see cref="IAdviceWording"/> and <see cref="IModelReading"/> on it. Off unless
/// <c>Rephrasing:Enabled</c> is true; the API key comes from the environment
/// (<c>Rephrasing__ApiKey</c>) or user secrets, never from a committed file.
/// </summary>
internal static class RephrasingRegistration
{
    public static IServiceCollection AddAdvisorRephrasing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RephrasingOptions>().BindConfiguration(RephrasingOptions.SectionName);
        services.AddSingleton<IAdviceWording, RephrasedAdviceWording>();
        services.AddSingleton<IModelReading, ModelAnswerReading>();
        return services.AddRephrasing(AdvisorPaths.Prompts(configuration));
    }
}
