using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine.Auth;

/// <summary>
/// Issues and checks the service's own tokens: HS256 JWTs, because Web Chat decodes the token and
/// takes its <c>user</c> claim as the user id. Conversation tokens and stream tokens carry different
/// scopes so a streamUrl's credential cannot be replayed against the REST API.
/// </summary>
internal sealed class DirectLineTokenService(DirectLineSecret secret, IOptions<DirectLineOptions> options, TimeProvider time)
{
    public const string ConversationScope = "conversation";
    public const string StreamScope = "stream";
    private const string Issuer = "samenopleiden-advisor/directline";
    private static readonly string Header = Base64Url("""{"alg":"HS256","typ":"JWT"}"""u8.ToArray());

    public int LifetimeSeconds => (int)options.Value.TokenLifetime.TotalSeconds;

    public string Issue(string conversationId, string? userId) =>
        Create(conversationId, userId, ConversationScope, options.Value.TokenLifetime);

    public string IssueStream(string conversationId) =>
        Create(conversationId, null, StreamScope, options.Value.StreamUrlLifetime);

    /// <summary>Checks signature, scope and lifetime; <see cref="TokenCheck.Expired"/> is separate so callers can say so.</summary>
    public TokenCheck Validate(string token, string scope, out DirectLineTokenClaims? claims)
    {
        claims = null;
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Header)
        {
            return TokenCheck.Invalid;
        }

        var expected = Sign($"{parts[0]}.{parts[1]}");
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(parts[2])))
        {
            return TokenCheck.Invalid;
        }

        JsonObject payload;
        try
        {
            payload = JsonNode.Parse(Base64UrlDecode(parts[1]))!.AsObject();
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException)
        {
            return TokenCheck.Invalid;
        }

        if ((string?)payload["scope"] != scope || (string?)payload["conv"] is not { Length: > 0 } conversationId)
        {
            return TokenCheck.Invalid;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds((long)payload["exp"]!);
        if (time.GetUtcNow() >= expiresAt)
        {
            return TokenCheck.Expired;
        }

        claims = new DirectLineTokenClaims(conversationId, (string?)payload["user"], expiresAt);
        return TokenCheck.Valid;
    }

    private string Create(string conversationId, string? userId, string scope, TimeSpan lifetime)
    {
        var now = time.GetUtcNow();
        var payload = new JsonObject
        {
            ["iss"] = Issuer,
            ["aud"] = Issuer,
            ["conv"] = conversationId,
            ["scope"] = scope,
            ["jti"] = Base64Url(RandomNumberGenerator.GetBytes(9)),
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + lifetime).ToUnixTimeSeconds(),
        };
        if (userId is not null)
        {
            payload["user"] = userId;
        }

        var unsigned = $"{Header}.{Base64Url(JsonSerializer.SerializeToUtf8Bytes(payload))}";
        return $"{unsigned}.{Sign(unsigned)}";
    }

    private string Sign(string unsigned) =>
        Base64Url(HMACSHA256.HashData(secret.SigningKey, Encoding.ASCII.GetBytes(unsigned)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}
