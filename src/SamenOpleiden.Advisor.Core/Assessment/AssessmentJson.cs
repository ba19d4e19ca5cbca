using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SamenOpleiden.Advisor.Core.Assessment;

/// <summary>
/// The one JSON form of inputs and results: camelCase, indented, properties in declaration order,
/// dictionaries in typology order, so the same result always serialises to the same bytes.
/// </summary>
public static class AssessmentJson
{
    /// <summary>Options for reading inputs and writing results.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>Serialises a result to its canonical JSON.</summary>
    public static string Serialize(AssessmentResult result) => JsonSerializer.Serialize(result, Options);
}
