namespace SamenOpleiden.Advisor.Conversation;

/// <summary>
/// Whose assessment a turn belongs to. In a 1:1 conversation that is the conversation (<c>channel:conversation</c>, the
/// key conversations have always had, so stored ones keep working); in a group it is the conversation and the person
/// speaking, so every answer, command, confirmation and deletion acts on the speaker's own assessment alone.
/// </summary>
internal static class ConversationKeys
{
    public static string Conversation(TurnInput input) =>
        input.IsGroup ? $"{input.ChannelId}:{input.ConversationId}/person:{input.UserId}" : $"{input.ChannelId}:{input.ConversationId}";

    /// <summary>The person across conversations: what <c>verwijder mijn gegevens</c> deletes.</summary>
    public static string Respondent(TurnInput input) => $"{input.ChannelId}:{input.UserId}";
}
