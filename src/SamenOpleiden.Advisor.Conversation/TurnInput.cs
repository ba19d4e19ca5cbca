namespace SamenOpleiden.Advisor.Conversation;

/// <summary>
/// One thing a respondent did, as every channel reports it: typed text, a pressed choice, a sent form, or the
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
    /// <summary>
    /// True in a conversation with several people (a Teams group chat or channel): every person there has an assessment
    /// of their own, so nobody sees, changes or deletes another's answers.
    /// </summary>
    public bool IsGroup { get; init; }

    /// <summary>True when the channel shows forms (<see cref="Replies.FormReply"/>): Teams and Web Chat; the terminal asks one question at a time.</summary>
    public bool ShowsForms { get; init; }

    /// <summary>The values of a sent form (<see cref="Replies.FormField.Id"/> to value), or null when nothing was sent.</summary>
    public IReadOnlyDictionary<string, string>? Values { get; init; }

    /// <summary>The store's key of this person's assessment: the conversation, or in a group the conversation and the person.</summary>
    public string ConversationKey => IsGroup
        ? ConversationKeys.PersonInGroup(ChannelId, ConversationId, UserId)
        : ConversationKeys.Conversation(ChannelId, ConversationId);

    /// <summary>The key every record of this respondent is stored and deleted by (<see cref="ConversationKeys.Respondent"/>).</summary>
    public string RespondentKey => ConversationKeys.Respondent(ChannelId, UserId);
}

/// <summary>What kind of input a turn carries.</summary>
public enum TurnKind
{
    /// <summary>The respondent said, chose or sent something.</summary>
    Message,

    /// <summary>
    /// The conversation was opened (install, join, new web chat, a mention in a group that moved to a 1:1 chat): the bot
    /// speaks first. A <see cref="TurnInput.Text"/> that is a command is carried out for the speaker.
    /// </summary>
    ConversationStarted,
}
