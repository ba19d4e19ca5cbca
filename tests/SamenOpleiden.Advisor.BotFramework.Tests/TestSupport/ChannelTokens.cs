using SamenOpleiden.Advisor.Testing.Channels;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SamenOpleiden.Advisor.BotFramework.Tests.TestSupport;

/// <summary>Mints channel tokens like Azure Bot Service does, and every kind of bad one.</summary>
internal sealed class ChannelTokens(FakeChannel channel, string appId)
{
    public const string Issuer = "https://api.botframework.com";

    /// <summary>A valid token; the optional callback bends one field of it.</summary>
    public string Create(Action<SecurityTokenDescriptor>? bend = null, RSA? key = null, string keyId = FakeChannel.SigningKeyId)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = appId,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(59),
            Claims = new Dictionary<string, object> { ["serviceurl"] = channel.ServiceUrl },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key ?? channel.SigningKey) { KeyId = keyId }, SecurityAlgorithms.RsaSha256),
        };
        bend?.Invoke(descriptor);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with otherwise valid claims.</summary>
    public string CreateUnsigned()
    {
        var header = Base64UrlEncoder.Encode($$"""{"alg":"none","typ":"JWT","kid":"{{FakeChannel.SigningKeyId}}"}""");
        return $"{header}.{Payload()}.";
    }

    /// <summary>The classic key-confusion attack: HS256 with the channel's public key as the HMAC secret.</summary>
    public string CreateHmacWithPublicKey()
    {
        var secret = Encoding.UTF8.GetBytes(channel.SigningKey.ExportSubjectPublicKeyInfoPem());
        var header = Base64UrlEncoder.Encode($$"""{"alg":"HS256","typ":"JWT","kid":"{{FakeChannel.SigningKeyId}}"}""");
        var unsigned = $"{header}.{Payload()}";
        var signature = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(unsigned));
        return $"{unsigned}.{Base64UrlEncoder.Encode(signature)}";
    }

    private string Payload()
    {
        var now = DateTimeOffset.UtcNow;
        return Base64UrlEncoder.Encode(
            $$"""{"iss":"{{Issuer}}","aud":"{{appId}}","nbf":{{now.AddMinutes(-1).ToUnixTimeSeconds()}},"exp":{{now.AddMinutes(59).ToUnixTimeSeconds()}},"serviceurl":"{{channel.ServiceUrl}}"}""");
    }
}
