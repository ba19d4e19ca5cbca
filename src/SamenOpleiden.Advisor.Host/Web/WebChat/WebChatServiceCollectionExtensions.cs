using SamenOpleiden.Advisor.BotFramework.DirectLine;

namespace SamenOpleiden.Advisor.Host.Web.WebChat;

/// <summary>
/// Composes the web chat: the Direct Line service, with its transcripts and their notifications from
/// <c>AddAdvisorStorage</c>.
/// </summary>
internal static class WebChatServiceCollectionExtensions
{
    public static IServiceCollection AddWebChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDirectLine(configuration);
        return services;
    }
}
