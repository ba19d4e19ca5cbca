using Microsoft.AspNetCore.Server.Kestrel.Core;
using SamenOpleiden.Advisor.BotFramework;
using SamenOpleiden.Advisor.BotFramework.DirectLine;

namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>
/// The channels: Teams and other Bot Framework channels on <c>/api/messages</c>, and the web chat's Direct Line
/// service with its transcripts and their notifications from <c>AddAdvisorStorage</c>.
/// </summary>
internal static class ChannelServiceCollectionExtensions
{
    public static IServiceCollection AddAdvisorChannels(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFramework(configuration);
        services.AddDirectLine(configuration);
        // No endpoint reads more than a Direct Line upload; Kestrel refuses anything larger before it is read.
        services.AddOptions<KestrelServerOptions>().Configure<ChannelLimits>((kestrel, limits) => kestrel.Limits.MaxRequestBodySize = limits.MaxUploadBytes);
        return services;
    }
}
