using System.Text.Json;
using System.Text.Json.Serialization;
using SamenOpleiden.Advisor.BotFramework.Messaging;

namespace SamenOpleiden.Advisor.BotFramework.Schema;

/// <summary>
/// The wire types' JSON metadata, generated at compile time: the first request after start-up does not build it by
/// reflection, and every request reads and writes activities through generated accessors.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ExpectedReplies))]
internal sealed partial class ActivityJsonContext : JsonSerializerContext;
