using System.Text.Json;
using System.Text.Json.Serialization;

namespace SamenOpleiden.Advisor.BotFramework.Schema;

/// <summary>
/// A Bot Framework Activity as it travels on the wire (camelCase, nulls omitted). Payloads whose
/// shape belongs to the channel stay <see cref="JsonElement"/>, and unknown fields round-trip
/// through <see cref="Extra"/>, as the protocol requires of receivers.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ChannelId { get; set; }
    public string? ServiceUrl { get; set; }
    public ChannelAccount? From { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ReplyToId { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? Speak { get; set; }
    public string? Summary { get; set; }
    public string? InputHint { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public List<JsonElement>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public string? Action { get; set; }
    public string? DeliveryMode { get; set; }
    public string? Code { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>A user or bot in a conversation.</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>The conversation an activity belongs to.</summary>
public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public bool? IsGroup { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>An attachment: a card (inline <c>content</c>) or a file (<c>contentUrl</c>), never both.</summary>
public sealed class Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }

    /// <summary>
    /// The card: on the way out the card object itself, written as its own type (turning it into a
    /// <see cref="JsonElement"/> first cost a serialisation and a parse per card); read from the wire, a JsonElement.
    /// </summary>
    public object? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }
}

/// <summary>Buttons shown under a message until the user answers.</summary>
public sealed class SuggestedActions
{
    public List<string>? To { get; set; }
    public List<CardAction> Actions { get; set; } = [];
}

/// <summary>A button: <c>imBack</c> posts <see cref="Value"/> as a visible user message.</summary>
public sealed class CardAction
{
    public string Type { get; set; } = "imBack";
    public string? Title { get; set; }
    public JsonElement? Value { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
}
