using System.Text.Json;
using System.Text.Json.Serialization;
using SamenOpleiden.Advisor.BotFramework.Cards;
using SamenOpleiden.Advisor.BotFramework.Messaging;

namespace SamenOpleiden.Advisor.BotFramework.Schema;

/// <summary>
/// The wire types' JSON metadata, generated at compile time: the first request after start-up does not build it by
/// reflection, and every request reads and writes activities through generated accessors.
/// </summary>
// Metadata only: the generated fast-path writers would look up an attachment's content type in this context alone,
// so any other type put there would fail at run time; with metadata it resolves through ActivityJson.Options.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(Activity))]
// What an attachment's content holds on the way out (read from the wire it is a JsonElement).
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ConversationParameters))]
internal sealed partial class ActivityJsonContext : JsonSerializerContext;
