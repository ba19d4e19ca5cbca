using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SamenOpleiden.Advisor.BotFramework.Schema;

/// <summary>The serializer settings of the wire format: camelCase, case-insensitive reads, nulls omitted.</summary>
public static class ActivityJson
{
    /// <summary>Options for reading and writing activities.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Generated metadata for activities and expectReplies bodies; other bodies (errors, invoke responses) by reflection.
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ActivityJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };
}
