using System.Security.Cryptography;
using System.Text;

namespace SamenOpleiden.Advisor.Storage.Stores;

/// <summary>Random link tokens, coordinator tokens and access codes, and the hashes that are stored instead of them.</summary>
internal static class SecretTokens
{
    // No 0/O, 1/I/L: an access code is read aloud and typed over.
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>128 random bits, base64url without padding (22 characters).</summary>
    public static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Eight characters in two groups, e.g. <c>K7PM-Q3XD</c>.</summary>
    public static string NewAccessCode()
    {
        var chars = Enumerable.Range(0, 8).Select(_ => CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)]).ToArray();
        return $"{new string(chars, 0, 4)}-{new string(chars, 4, 4)}";
    }

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    /// <summary>The hash as lower-case hex, for columns and keys kept as text.</summary>
    public static string HashHex(string secret) => Convert.ToHexStringLower(Hash(secret));

    /// <summary>Access codes match regardless of case, spaces and dashes.</summary>
    public static byte[] HashAccessCode(string code) =>
        Hash(new string(code.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray()));
}
