using Microsoft.Extensions.Options;
using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.IdentityModel.Tokens;
using Polly;
using SamenOpleiden.Advisor.BotFramework.Auth;
using SamenOpleiden.Advisor.BotFramework.Connector;
using SamenOpleiden.Advisor.BotFramework.Messaging;
using SamenOpleiden.Advisor.BotFramework.Teams;

namespace SamenOpleiden.Advisor.BotFramework;

/// <summary>Registers the Bot Framework channel (<c>/api/messages</c>): auth, Connector client and activity processing.</summary>
public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Adds the channel. Reads <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c> and
    /// <c>MicrosoftAppType</c> from the configuration root and the rest of <see cref="BotFrameworkOptions"/> from
    /// <c>BotFramework:</c>. The conversation (<c>IConversationEngine</c>) and the store of undelivered replies
    /// (<c>IUndeliveredReplyStore</c>, in the advisor's database) are registered by the host.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(configuration);
        services.AddOptions<BotFrameworkOptions>()
            .BindConfiguration(BotFrameworkOptions.Section)
            .Configure<IConfiguration>(ReadRootSettings)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidation>());
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value);
        services.AddChannelLimits();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(ChannelSigningKeys.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddHttpClient(ConnectorTokenProvider.HttpClientName).AddResilienceHandler("token", AddRetry);
        services.AddHttpClient(ConnectorClient.HttpClientName).AddResilienceHandler("connector", AddRetry);

        services.AddSingleton<IChannelSigningKeys, ChannelSigningKeys>();
        services.AddSingleton<IChannelRequestAuthenticator, ChannelRequestAuthenticator>();
        services.AddSingleton<IConnectorTokenProvider, ConnectorTokenProvider>();
        services.AddSingleton<IConnectorClient, ConnectorClient>();
        services.AddSingleton<IReplyDelivery, ReplyDelivery>();
        services.AddSingleton<ConversationStartGate>();
        services.AddSingleton<TeamsGroupChats>();
        services.AddScoped<IActivityProcessor, ActivityProcessor>();
        services.AddScoped<MessagesEndpoint>();
        return services;
    }

    /// <summary>
    /// The limits every channel shares (<see cref="ChannelLimits"/>), registered by both the Bot Framework channel and
    /// Direct Line; checked at start, a value out of range naming its key.
    /// </summary>
    internal static IServiceCollection AddChannelLimits(this IServiceCollection services)
    {
        services.AddOptions<ChannelLimits>()
            .BindConfiguration(ChannelLimits.Section)
            .Validate(limits => limits.MaxActivityBytes is >= 1024 and <= 4 * 1024 * 1024, "Channels:MaxActivityBytes must be between 1024 and 4194304 bytes.")
            .ValidateOnStart();
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<ChannelLimits>>().Value);
        return services;
    }

    // The Bot Framework's own names live at the configuration root (as the Azure Bot's app settings name them).
    private static void ReadRootSettings(BotFrameworkOptions options, IConfiguration configuration)
    {
        options.MicrosoftAppId = configuration["MicrosoftAppId"] ?? options.MicrosoftAppId;
        options.MicrosoftAppPassword = configuration["MicrosoftAppPassword"] ?? options.MicrosoftAppPassword;
        options.MicrosoftAppTenantId = configuration["MicrosoftAppTenantId"] ?? options.MicrosoftAppTenantId;
        if (configuration["MicrosoftAppType"] is { Length: > 0 } appType)
        {
            options.MicrosoftAppType = Enum.TryParse<BotAppType>(appType, ignoreCase: true, out var parsed)
                ? parsed
                : throw new OptionsValidationException(BotFrameworkOptions.Section, typeof(BotFrameworkOptions),
                    [$"MicrosoftAppType '{appType}' is unknown; use MultiTenant, SingleTenant or UserAssignedMSI."]);
        }
    }

    // Teams asks bots to retry 429, 412, 502 and 504 (bot-framework.md §3.4); other 5xx are transient too. Other 4xx are final.
    private static void AddRetry(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<BotFrameworkOptions>();
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.ConnectorMaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.ConnectorRetryBaseDelay,
            MaxDelay = TimeSpan.FromSeconds(30),
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
            {
                { Exception: HttpRequestException or Polly.Timeout.TimeoutRejectedException } => true,
                { Result: { } response } => response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
                    || (int)response.StatusCode >= 500,
                _ => false,
            }),
        });
        pipeline.AddTimeout(TimeSpan.FromSeconds(20));
    }
}
