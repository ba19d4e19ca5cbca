namespace SamenOpleiden.Advisor.Conversation;

/// <summary>
/// How a channel's ids become the keys the stores use. One place, because the engine stores by them and a channel that
/// keeps records of its own (a web chat's transcript, an undelivered reply) links them to the same respondent, so that
/// "verwijder mijn gegevens" reaches them too.
/// </summary>
public static class ConversationKeys
{
    /// <summary>
    /// A 1:1 conversation's key, e.g. <c>msteams:a:1on1</c>: the key conversations have always had, so stored ones keep
    /// working.
    /// </summary>
    public static string Conversation(string channelId, string conversationId) => $"{channelId}:{conversationId}";

    /// <summary>
    /// One person's assessment in a conversation with several people (a Teams group chat or channel): every answer,
    /// command, confirmation and deletion acts on the speaker's own assessment alone.
    /// </summary>
    public static string PersonInGroup(string channelId, string conversationId, string userId) =>
        $"{Conversation(channelId, conversationId)}/person:{userId}";

    /// <summary>The respondent's key, e.g. <c>directline:dl_4f2a</c>; deleting a respondent's data deletes by it.</summary>
    public static string Respondent(string channelId, string userId) => $"{channelId}:{userId}";
}
