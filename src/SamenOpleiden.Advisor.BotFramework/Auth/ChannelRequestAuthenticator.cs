using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SamenOpleiden.Advisor.BotFramework.Schema;

namespace SamenOpleiden.Advisor.BotFramework.Auth;

/// <summary>Decides whether a <c>POST /api/messages</c> really comes from a Bot Framework channel.</summary>
internal interface IChannelRequestAuthenticator
{
    Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}

/// <summary>
/// Validates channel tokens the way the Bot Framework SDK does for Azure Bot Service and Teams: Bearer scheme,
/// RS256/384/512 only, a signing key published by the channel and endorsed for the activity's channel, issuer
/// <c>https://api.botframework.com</c>, audience = the app id, lifetime with 5 minutes skew, and a <c>serviceurl</c>
/// claim equal to the activity's serviceUrl (so nobody can aim our replies and our token at their own server).
/// </summary>
internal sealed class ChannelRequestAuthenticator(BotFrameworkOptions options, IChannelSigningKeys keys) : IChannelRequestAuthenticator
{
    public const string ChannelIssuer = "https://api.botframework.com";
    private const string BearerPrefix = "Bearer ";
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (!options.IsAuthenticationEnabled)
        {
            // Development mode, as in the SDK: anonymous requests pass, but a token we cannot check is refused.
            return string.IsNullOrEmpty(authorizationHeader)
                ? AuthenticationResult.Success
                : AuthenticationResult.Fail("an Authorization header was sent but no MicrosoftAppId is configured to validate it");
        }

        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return AuthenticationResult.Fail("no Authorization header");
        }

        if (!authorizationHeader.StartsWith(BearerPrefix, StringComparison.Ordinal))
        {
            return AuthenticationResult.Fail("the Authorization header does not use the Bearer scheme");
        }

        var token = authorizationHeader[BearerPrefix.Length..].Trim();
        JsonWebToken jwt;
        try
        {
            jwt = _handler.ReadJsonWebToken(token);
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenException)
        {
            return AuthenticationResult.Fail("the token is not a well-formed JWT");
        }

        if (!AllowedAlgorithms.Contains(jwt.Alg, StringComparer.Ordinal))
        {
            return AuthenticationResult.Fail($"signing algorithm '{jwt.Alg}' is not allowed");
        }

        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return AuthenticationResult.Fail("the token names no signing key (kid)");
        }

        JsonWebKey? key;
        try
        {
            key = await keys.FindAsync(jwt.Kid, cancellationToken);
        }
        catch (SigningKeysUnavailableException e)
        {
            return AuthenticationResult.Unavailable($"{e.Message}: {e.InnerException?.Message}");
        }

        if (key is null)
        {
            return AuthenticationResult.Fail($"signing key '{jwt.Kid}' is not published by the channel");
        }

        if (string.IsNullOrEmpty(activity.ChannelId) || !SigningKeyEndorsements.Endorses(key, activity.ChannelId))
        {
            return AuthenticationResult.Fail($"signing key '{jwt.Kid}' is not endorsed for channel '{activity.ChannelId}'");
        }

        var validation = await _handler.ValidateTokenAsync(token, CreateParameters(key));
        if (!validation.IsValid)
        {
            return AuthenticationResult.Fail($"token rejected: {validation.Exception?.GetType().Name}: {validation.Exception?.Message}");
        }

        var serviceUrlClaim = validation.Claims.TryGetValue("serviceurl", out var claim) ? claim as string : null;
        if (string.IsNullOrEmpty(serviceUrlClaim) || !string.Equals(serviceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Fail("the token's serviceurl claim does not match the activity's serviceUrl");
        }

        return AuthenticationResult.Success;
    }

    private TokenValidationParameters CreateParameters(SecurityKey key) => new()
    {
        ValidIssuer = ChannelIssuer,
        ValidAudiences = [options.MicrosoftAppId, $"api://{options.MicrosoftAppId}"],
        IssuerSigningKey = key,
        ValidAlgorithms = AllowedAlgorithms,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        TryAllIssuerSigningKeys = false,
        ClockSkew = TimeSpan.FromMinutes(5),
    };
}
