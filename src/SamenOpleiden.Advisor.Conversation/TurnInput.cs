namespace SamenOpleiden.Advisor.Conversation;

/// <summary>
/// One thing a respondent did, as every channel reports it: typed text, a pressed choice, or the
/// start of a conversation. Channels translate their wire format into this and know nothing else.
/// </summary>
/// <param name="ConversationId">Stable id of the conversation within its channel.</param>
/// <param name="UserId">Stable id of the respondent within its channel.</param>
/// <param name="Kind">Whether this is a message or the start of a conversation.</param>
/// <param name="Text">The typed text, or the <see cref="Replies.Choice.Value"/> of a pressed choice.</param>
/// <param name="ChannelId">The channel's name, e.g. <c>terminal</c>, <c>msteams</c>, <c>directline</c>.</param>
/// <param name="ActivityId">The channel's id for this input, used to answer a redelivery with the same replies.</param>
/// <param name="Locale">The respondent's locale when the channel knows it.</param>
/// <param name="ClientAddress">
/// Where the input came from (<see cref="Guessing.ClientAddress"/>) when the channel sees its sender directly (web chat);
/// null when it relays for a known user (Teams, the terminal). Guessing limits count per client across conversations.
/// </param>
public sealed record TurnInput(
    string ConversationId,
    string UserId,
    TurnKind Kind,
    string? Text,
    string ChannelId,
    string? ActivityId = null,
    string? Locale = null,
    string? ClientAddress = null)
{
    /// <summary>The store's key of the conversation (<see cref="ConversationKeys.Conversation"/>).</summary>
    public string ConversationKey => ConversationKeys.Conversation(ChannelId, ConversationId);

    /// <summary>The key every record of this respondent is stored and deleted by (<see cref="ConversationKeys.Respondent"/>).</summary>
    public string RespondentKey => ConversationKeys.Respondent(ChannelId, UserId);
}

/// <summary>What kind of input a turn carries.</summary>
public enum TurnKind
{
    /// <summary>The respondent said or chose something.</summary>
    Message,

    /// <summary>The conversation was opened (install, join, new web chat): the bot speaks first.</summary>
    ConversationStarted,
}
