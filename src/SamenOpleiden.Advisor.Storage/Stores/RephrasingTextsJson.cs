using System.Text.Encodings.Web;
using System.Text.Json;

namespace SamenOpleiden.Advisor.Storage.Stores;

/// <summary>The stored form of a cached rephrasing (advice id to text).</summary>
internal static class RephrasingTextsJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(IReadOnlyDictionary<string, string> texts) => JsonSerializer.Serialize(texts, Options);

    public static IReadOnlyDictionary<string, string>? Deserialize(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json, Options);
}
