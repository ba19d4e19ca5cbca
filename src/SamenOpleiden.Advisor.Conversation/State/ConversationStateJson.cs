using System.Text.Encodings.Web;
using System.Text.Json;

namespace SamenOpleiden.Advisor.Conversation.State;

/// <summary>The JSON form of <see cref="ConversationState"/> that stores write and read.</summary>
public static class ConversationStateJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = ConversationStateJsonContext.Default,
    };

    public static string Serialize(ConversationState state) => JsonSerializer.Serialize(state, Options);

    public static ConversationState Deserialize(string json) =>
        JsonSerializer.Deserialize<ConversationState>(json, Options)
        ?? throw new JsonException("Stored conversation state is empty.");
}
