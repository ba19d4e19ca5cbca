using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace SamenOpleiden.Advisor.BotFramework.Auth;

/// <summary>Finds the channel's signing key for a token's <c>kid</c>.</summary>
internal interface ISigningKeyCache
{
    /// <summary>The key with this id, or null when the channel does not publish it (even after a refresh).</summary>
    Task<JsonWebKey?> FindAsync(string keyId, CancellationToken cancellationToken);
}

/// <summary>
/// Caches the OpenID metadata and key set. Keys are fetched again after <see cref="BotFrameworkOptions.SigningKeyLifetime"/>,
/// and once on an unknown <c>kid</c> (key rollover), at most every <see cref="BotFrameworkOptions.SigningKeyRefreshThrottle"/>.
/// </summary>
internal sealed class SigningKeyCache(
    IHttpClientFactory httpClientFactory,
    BotFrameworkOptions options,
    TimeProvider timeProvider,
    ILogger<SigningKeyCache> logger) : ISigningKeyCache
{
    public const string HttpClientName = "BotFramework.OpenId";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlyDictionary<string, JsonWebKey>? _keys;
    private DateTimeOffset _fetchedAt;

    public async Task<JsonWebKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var keys = await GetKeysAsync(forceRefresh: false, cancellationToken);
        if (keys.TryGetValue(keyId, out var key))
        {
            return key;
        }

        keys = await GetKeysAsync(forceRefresh: true, cancellationToken);
        return keys.GetValueOrDefault(keyId);
    }

    private async Task<IReadOnlyDictionary<string, JsonWebKey>> GetKeysAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = timeProvider.GetUtcNow();
            var age = now - _fetchedAt;
            var stale = _keys is null || age >= options.SigningKeyLifetime;
            var mayForce = forceRefresh && age >= options.SigningKeyRefreshThrottle;
            if (stale || mayForce)
            {
                try
                {
                    _keys = await FetchAsync(cancellationToken);
                    _fetchedAt = now;
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    if (_keys is null)
                    {
                        throw new SigningKeysUnavailableException($"the channel's signing keys could not be fetched from {options.OpenIdMetadataUrl}", e);
                    }

                    // Keep trusting the keys we have; try again after the throttle interval rather than on every request.
                    logger.LogWarning(e, "Could not refresh the Bot Framework signing keys from {MetadataUrl}; keeping the cached ones", options.OpenIdMetadataUrl);
                    _fetchedAt = now - options.SigningKeyLifetime + options.SigningKeyRefreshThrottle;
                }
            }

            return _keys!;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IReadOnlyDictionary<string, JsonWebKey>> FetchAsync(CancellationToken cancellationToken)
    {
        var metadataUrl = options.OpenIdMetadataUrl;
        // Plain http is only acceptable for a key server on this machine (tests, local emulators).
        var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(HttpClientName)) { RequireHttps = !metadataUrl.IsLoopback };
        var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl.AbsoluteUri, retriever, cancellationToken);
        var keys = configuration.JsonWebKeySet?.Keys ?? [];
        logger.LogInformation("Fetched {KeyCount} Bot Framework signing keys from {MetadataUrl}", keys.Count, metadataUrl);
        return keys.Where(k => !string.IsNullOrEmpty(k.Kid))
            .GroupBy(k => k.Kid, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }
}
