namespace SamenOpleiden.Advisor.BotFramework;

/// <summary>
/// Settings of the Bot Framework channel. The credentials use the Bot Framework's own configuration names
/// (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>, <c>MicrosoftAppType</c>);
/// the rest lives under <c>BotFramework:</c> and has production defaults.
/// </summary>
public sealed class BotFrameworkOptions
{
    /// <summary>The section of the settings that are not the Bot Framework's own root names (<c>MicrosoftAppId</c>, …).</summary>
    public const string Section = "BotFramework";

    /// <summary>The Azure Bot's Microsoft App ID. Empty means development mode: no auth, loopback only.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret used for the Connector's client-credentials token.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The bot's tenant; required for <see cref="BotAppType.SingleTenant"/>.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>How the bot obtains its outbound token.</summary>
    public BotAppType MicrosoftAppType { get; set; } = BotAppType.MultiTenant;

    /// <summary>Where the channel's signing keys are described (Bot Framework public cloud by default).</summary>
    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>Overrides the OAuth token endpoint; otherwise derived from the app type and tenant.</summary>
    public Uri? TokenEndpoint { get; set; }

    /// <summary>Overrides the managed identity endpoint; otherwise <c>IDENTITY_ENDPOINT</c> or the instance metadata service.</summary>
    public Uri? ManagedIdentityEndpoint { get; set; }

    /// <summary>
    /// How often tokens with an unknown <c>kid</c> may make the keys be fetched again (key rollover): at most once per
    /// interval and not within it after a successful fetch, so forged kids cannot hammer the key endpoint. Also the wait
    /// before a failed fetch is retried. At least 1 second (IdentityModel's minimum).
    /// </summary>
    public TimeSpan SigningKeyRefreshThrottle { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long fetched signing keys are used before they are fetched again (plus up to 5% jitter). At least 5 minutes (IdentityModel's minimum).</summary>
    public TimeSpan SigningKeyLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>First delay of the Connector retry backoff (a <c>Retry-After</c> header wins over it).</summary>
    public TimeSpan ConnectorRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many times a Connector call is retried on 429, 412 and 5xx.</summary>
    public int ConnectorMaxRetries { get; set; } = 4;

    /// <summary>True when an app id is configured, so every request must carry a valid channel token.</summary>
    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}

/// <summary>The Azure Bot registration kinds (<c>MicrosoftAppType</c>).</summary>
public enum BotAppType
{
    /// <summary>Legacy multi-tenant registration: tokens from the <c>botframework.com</c> tenant.</summary>
    MultiTenant,

    /// <summary>Single-tenant registration: tokens from <c>MicrosoftAppTenantId</c>.</summary>
    SingleTenant,

    /// <summary>User-assigned managed identity: tokens from the hosting platform's identity endpoint.</summary>
    UserAssignedMSI,
}
