using System.Text.Json;
using System.Text.Json.Serialization;

namespace SamenOpleiden.Advisor.BotFramework.Schema;

/// <summary>The serializer settings of the wire format: camelCase, case-insensitive reads, nulls omitted.</summary>
public static class ActivityJson
{
    /// <summary>Options for reading and writing activities.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
