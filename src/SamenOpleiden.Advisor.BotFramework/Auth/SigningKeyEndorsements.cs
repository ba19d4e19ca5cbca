using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace SamenOpleiden.Advisor.BotFramework.Auth;

/// <summary>
/// Reads the Bot Framework's <c>endorsements</c> extension of a JWK: the channel ids the key may sign for.
/// A key without endorsements signs for no channel.
/// </summary>
internal static class SigningKeyEndorsements
{
    public static bool Endorses(JsonWebKey key, string channelId) =>
        Read(key).Contains(channelId, StringComparer.Ordinal);

    public static IReadOnlyList<string> Read(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue("endorsements", out var raw) || raw is null)
        {
            return [];
        }

        // IdentityModel hands extension members back as JsonElement or as plain CLR collections depending on its version.
        return raw switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList(),
            string single => [single],
            IEnumerable items => items.Cast<object?>().Select(i => i is JsonElement e ? e.ToString() : i?.ToString())
                .Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).ToList(),
            _ => [],
        };
    }
}
