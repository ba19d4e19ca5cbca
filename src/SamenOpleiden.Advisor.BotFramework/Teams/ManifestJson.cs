using System.Text.Encodings.Web;
using System.Text.Json;

namespace SamenOpleiden.Advisor.BotFramework.Teams;

/// <summary>Serializer settings for manifest.json: camelCase, indented and unescaped for people who open the zip.</summary>
internal static class ManifestJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
