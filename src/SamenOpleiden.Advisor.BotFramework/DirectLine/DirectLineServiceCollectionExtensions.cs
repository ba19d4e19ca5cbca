using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SamenOpleiden.Advisor.BotFramework.DirectLine.Auth;
using SamenOpleiden.Advisor.BotFramework.DirectLine.Bots;
using SamenOpleiden.Advisor.BotFramework.DirectLine.Streaming;
using SamenOpleiden.Advisor.Conversation.Transcripts;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine;

/// <summary>Registers the built-in Direct Line 3.0 service. The host must also register an <c>ITranscriptStore</c>.</summary>
public static class DirectLineServiceCollectionExtensions
{
    /// <summary>Adds the Direct Line service, its bot (per <c>DirectLine:Bot</c>), CORS and rate limits; its settings are checked at start.</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(configuration);
        services.AddOptions<DirectLineOptions>()
            .BindConfiguration(DirectLineOptions.Section)
            .Configure<IConfiguration>((options, settings) =>
            {
                // "https://a.example,https://b.example" from an environment variable works as well as an array.
                if (settings.GetSection(DirectLineOptions.Section)["AllowedOrigins"] is { Length: > 0 } list)
                {
                    options.AllowedOrigins = [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                }
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidation>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddChannelLimits();
        services.AddSingleton<DirectLineSecret>();
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<DirectLineAuthenticator>();
        services.AddSingleton<DirectLineUrls>();
        services.AddSingleton<MonotonicClock>();
        services.AddSingleton<TurnQueue>();
        services.AddSingleton<AttachmentCache>();
        // One instance: announcements stay in the process. A shared-database store registers its own.
        services.TryAddSingleton<ITranscriptNotifications, InProcessTranscriptNotifications>();
        services.AddSingleton<ConversationStreamHub>();
        services.AddSingleton<DirectLineStreamSession>();
        services.AddSingleton<DirectLineConversations>();
        services.AddActivityBot();
        services.AddDirectLineCors();
        services.AddDirectLineRateLimits();
        return services;
    }

    // Chosen when first needed, so configuration added late (tests, user secrets) still counts.
    private static void AddActivityBot(this IServiceCollection services)
    {
        services.AddSingleton<EchoActivityBot>();
        services.AddSingleton<WebChatReplyRenderer>();
        services.AddSingleton<IActivityBot>(provider =>
            string.Equals(provider.GetRequiredService<IOptions<DirectLineOptions>>().Value.Bot, "echo", StringComparison.OrdinalIgnoreCase)
                ? provider.GetRequiredService<EchoActivityBot>()
                : ActivatorUtilities.CreateInstance<AdvisorActivityBot>(provider));
    }
}
