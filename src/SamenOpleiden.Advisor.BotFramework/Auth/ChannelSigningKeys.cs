using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace SamenOpleiden.Advisor.BotFramework.Auth;

/// <summary>Finds the channel's signing key for a token's <c>kid</c>.</summary>
internal interface IChannelSigningKeys
{
    /// <summary>The key with this id, or null when the channel does not publish it (even after a refresh).</summary>
    /// <exception cref="SigningKeysUnavailableException">The keys could not be fetched and none were fetched before.</exception>
    Task<JsonWebKey?> FindAsync(string keyId, CancellationToken cancellationToken);
}

/// <summary>
/// The channel's OpenID metadata and key set, kept by IdentityModel's <see cref="ConfigurationManager{T}"/>: fetched
/// again after <see cref="BotFrameworkOptions.SigningKeyLifetime"/>, and on an unknown <c>kid</c> (key rollover) at
/// most once per <see cref="BotFrameworkOptions.SigningKeyRefreshThrottle"/>; the keys it has are kept when a fetch fails.
/// </summary>
internal sealed class ChannelSigningKeys : IChannelSigningKeys
{
    public const string HttpClientName = "BotFramework.OpenId";

    /// <summary>
    /// Since IdentityModel 8.0.2 ConfigurationManager refreshes in the background: RequestRefresh returns at once and the
    /// token that named the new kid is refused. With this switch (8.8+) a requested or due refresh happens in the next
    /// GetConfigurationAsync, as in the Bot Framework SDK, so a rolled-over key is found for the request that first uses
    /// it. IdentityModel reads the switch once, when the process makes its first token handler, so it is set in the
    /// runtime configuration (Directory.Build.props) rather than in code, and checked at start-up.
    /// </summary>
    public const string BlockingRefreshSwitch = "Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking";

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;
    private readonly Uri _metadataUrl;
    private readonly TimeSpan _refreshThrottle;
    private readonly TimeProvider _timeProvider;
    private long _lastRefreshRequestTicks;

    public ChannelSigningKeys(IHttpClientFactory httpClientFactory, BotFrameworkOptions options, TimeProvider timeProvider, ILogger<ChannelSigningKeys> logger)
    {
        _timeProvider = timeProvider;
        _refreshThrottle = options.SigningKeyRefreshThrottle;
        _metadataUrl = options.OpenIdMetadataUrl;
        // Plain http is only acceptable for a key server on this machine (tests, local emulators). The client lives as
        // long as the service; fetches are minutes apart, so each one opens a new connection and sees DNS changes.
        var documents = new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName)) { RequireHttps = !_metadataUrl.IsLoopback };
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(_metadataUrl.AbsoluteUri, new LoggedRetriever(logger), documents)
        {
            AutomaticRefreshInterval = options.SigningKeyLifetime,
            RefreshInterval = options.SigningKeyRefreshThrottle,
        };
    }

    public async Task<JsonWebKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var key = Find(await GetAsync(cancellationToken), keyId);
        if (key is not null)
        {
            return key;
        }

        RequestRefresh();
        return Find(await GetAsync(cancellationToken), keyId);
    }

    /// <summary>
    /// Asks for a refresh, at most once per throttle interval, so forged kids cannot hammer the key endpoint.
    /// ConfigurationManager ignores requests within RefreshInterval after its last successful fetch (and grants the
    /// first one ever), but while the key server fails it would fetch again for every unknown kid and hold up every
    /// request behind that fetch; so requests are counted from the last one too.
    /// </summary>
    private void RequestRefresh()
    {
        var now = _timeProvider.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref _lastRefreshRequestTicks);
        if (now - last >= _refreshThrottle.Ticks && Interlocked.CompareExchange(ref _lastRefreshRequestTicks, now, last) == last)
        {
            _metadata.RequestRefresh();
        }
    }

    private static JsonWebKey? Find(OpenIdConnectConfiguration configuration, string keyId) =>
        configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));

    private async Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _metadata.GetConfigurationAsync(cancellationToken);
        }
        catch (InvalidOperationException e)
        {
            // Thrown only while no keys were ever fetched (IDX20803); the innermost exception says why the last fetch failed.
            throw new SigningKeysUnavailableException($"the channel's signing keys could not be fetched from {_metadataUrl}", e.GetBaseException());
        }
    }

    /// <summary>Reads the metadata and keys as IdentityModel does, and says so in the service's log, which IdentityModel does not write to.</summary>
    private sealed class LoggedRetriever(ILogger logger) : IConfigurationRetriever<OpenIdConnectConfiguration>
    {
        public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
        {
            try
            {
                var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(address, retriever, cancel);
                logger.LogInformation("Fetched {KeyCount} Bot Framework signing keys from {MetadataUrl}", configuration.JsonWebKeySet?.Keys.Count ?? 0, address);
                return configuration;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Could not fetch the Bot Framework signing keys from {MetadataUrl}; keeping the ones fetched before, if any", address);
                throw;
            }
        }
    }
}
