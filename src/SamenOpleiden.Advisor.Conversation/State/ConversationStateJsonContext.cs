using System.Text.Json;
using System.Text.Json.Serialization;

namespace SamenOpleiden.Advisor.Conversation.State;

/// <summary>
/// <see cref="ConversationState"/>'s JSON metadata, generated at compile time: every turn writes the state, so it is
/// serialised through generated accessors, and the first turn after start-up builds nothing by reflection.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ConversationState))]
internal sealed partial class ConversationStateJsonContext : JsonSerializerContext;
