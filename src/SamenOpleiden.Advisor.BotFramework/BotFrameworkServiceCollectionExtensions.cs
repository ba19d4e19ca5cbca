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
        var options = ReadOptions(configuration);
        services.AddSingleton(options);
        services.TryAddSingleton(ChannelLimits.Read(configuration));
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(ChannelSigningKeys.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddHttpClient(ConnectorTokenProvider.HttpClientName).AddResilienceHandler("token", b => AddRetry(b, options));
        services.AddHttpClient(ConnectorClient.HttpClientName).AddResilienceHandler("connector", b => AddRetry(b, options));

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

    internal static BotFrameworkOptions ReadOptions(IConfiguration configuration)
    {
        var options = new BotFrameworkOptions();
        configuration.GetSection("BotFramework").Bind(options);
        options.MicrosoftAppId = configuration["MicrosoftAppId"] ?? options.MicrosoftAppId;
        options.MicrosoftAppPassword = configuration["MicrosoftAppPassword"] ?? options.MicrosoftAppPassword;
        options.MicrosoftAppTenantId = configuration["MicrosoftAppTenantId"] ?? options.MicrosoftAppTenantId;
        if (configuration["MicrosoftAppType"] is { Length: > 0 } appType)
        {
            options.MicrosoftAppType = Enum.TryParse<BotAppType>(appType, ignoreCase: true, out var parsed)
                ? parsed
                : throw Invalid($"MicrosoftAppType '{appType}' is unknown; use MultiTenant, SingleTenant or UserAssignedMSI.");
        }

        if (options.IsAuthenticationEnabled && options.MicrosoftAppType == BotAppType.SingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            // Expected shape: MicrosoftAppType=SingleTenant, MicrosoftAppTenantId=<directory (tenant) GUID>.
            throw Invalid("MicrosoftAppType is SingleTenant, so MicrosoftAppTenantId must be set to the bot's tenant id.");
        }

        if (options.IsAuthenticationEnabled && !(AppContext.TryGetSwitch(ChannelSigningKeys.BlockingRefreshSwitch, out var blocking) && blocking))
        {
            throw Invalid($"The runtime switch {ChannelSigningKeys.BlockingRefreshSwitch} must be true (a RuntimeHostConfigurationOption in the host's project, as in Directory.Build.props), or a rolled-over channel signing key is refused until a later request.");
        }

        // ConfigurationManager refuses shorter intervals; say which setting is wrong before the first request does.
        if (options.SigningKeyLifetime < BaseConfigurationManager.MinimumAutomaticRefreshInterval)
        {
            throw Invalid($"BotFramework:SigningKeyLifetime is {options.SigningKeyLifetime}; it must be at least {BaseConfigurationManager.MinimumAutomaticRefreshInterval}.");
        }

        if (options.SigningKeyRefreshThrottle < BaseConfigurationManager.MinimumRefreshInterval)
        {
            throw Invalid($"BotFramework:SigningKeyRefreshThrottle is {options.SigningKeyRefreshThrottle}; it must be at least {BaseConfigurationManager.MinimumRefreshInterval}.");
        }

        return options;
    }

    // Teams asks bots to retry 429, 412, 502 and 504 (bot-framework.md §3.4); other 5xx are transient too. Other 4xx are final.
    private static void AddRetry(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, BotFrameworkOptions options)
    {
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

    private static OptionsValidationException Invalid(string fault) => new("BotFramework", typeof(BotFrameworkOptions), [fault]);
}
