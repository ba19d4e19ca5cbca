using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine.Auth;

/// <summary>The configured Direct Line secret, or a random one for this process, and the token signing key derived from it.</summary>
internal sealed class DirectLineSecret
{
    public DirectLineSecret(IOptions<DirectLineOptions> options)
    {
        var configured = options.Value.Secret;
        Value = string.IsNullOrWhiteSpace(configured)
            ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            : configured;
        SigningKey = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Value), "directline-token-signing-key"u8);
    }

    public string Value { get; }

    public byte[] SigningKey { get; }

    public bool Matches(string candidate) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), Encoding.UTF8.GetBytes(Value));
}
