namespace SamenOpleiden.Advisor.Conversation;

/// <summary>
/// How a channel's ids become the keys the stores use. One place, because the engine stores by them and a channel that
/// keeps records of its own (a web chat's transcript, an undelivered reply) links them to the same respondent, so that
/// "verwijder mijn gegevens" reaches them too.
/// </summary>
public static class ConversationKeys
{
    /// <summary>The conversation's key, e.g. <c>msteams:a:1on1</c>.</summary>
    public static string Conversation(string channelId, string conversationId) => $"{channelId}:{conversationId}";

    /// <summary>The respondent's key, e.g. <c>directline:dl_4f2a</c>; deleting a respondent's data deletes by it.</summary>
    public static string Respondent(string channelId, string userId) => $"{channelId}:{userId}";
}
