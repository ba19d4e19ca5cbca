using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace SamenOpleiden.Advisor.Rephrasing.Prompts;

/// <summary>
/// Reads YAML into JSON, so the prompt file can be Semantic Kernel's prompt YAML and still be parsed
/// by <c>PromptTemplateConfig.FromJson</c> (the Semantic Kernel YAML package is not on this feed).
/// </summary>
internal static class PromptYaml
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithAttemptingUnquotedStringTypeDeserialization()
        .Build();

    /// <summary>Parses <paramref name="yaml"/>; throws <see cref="YamlException"/> with line and column when it is not YAML.</summary>
    public static JsonNode? ToJson(string yaml) => Convert(Deserializer.Deserialize<object?>(yaml));

    private static JsonNode? Convert(object? value) => value switch
    {
        null => null,
        IDictionary<object, object?> map => new JsonObject(map.Select(kv => KeyValuePair.Create(kv.Key.ToString() ?? "", Convert(kv.Value)))),
        IList<object?> list => new JsonArray(list.Select(Convert).ToArray()),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        float f => JsonValue.Create(f),
        decimal m => JsonValue.Create(m),
        _ => JsonValue.Create(value.ToString()),
    };
}
