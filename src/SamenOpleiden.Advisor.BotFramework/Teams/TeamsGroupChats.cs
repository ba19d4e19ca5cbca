using System.Text.Json;
using Microsoft.Extensions.Logging;
using SamenOpleiden.Advisor.BotFramework.Connector;
using SamenOpleiden.Advisor.BotFramework.Messaging;
using SamenOpleiden.Advisor.BotFramework.Schema;

namespace SamenOpleiden.Advisor.BotFramework.Teams;

/// <summary>
/// A Teams group chat or channel is shared, an assessment is not: whoever mentions the bot there gets a 1:1 chat with
/// it (opened through the Connector; Teams returns the existing one), the turn runs there, and the group only hears
/// where the conversation went. When Teams refuses to open the chat (the app is not installed for that person), the
/// caller runs the person's own assessment in the group instead, keyed by conversation and person.
/// </summary>
internal sealed class TeamsGroupChats(IConnectorClient connector, ILogger<TeamsGroupChats> logger)
{
    public const string IntroductionText =
        "Hallo! Ik ben de adviseur van Samen Opleiden. Noem mij in een bericht en ik begin een persoonlijk gesprek met je: " +
        "ieder vult zo zijn eigen scan in, en niemand ziet of verandert de antwoorden van een ander.";

    private const string MovedText = "ik heb je een persoonlijk bericht gestuurd. Daar vul je je eigen scan in; je antwoorden blijven van jou.";

    /// <summary>True for a message or install in a Teams group chat or channel.</summary>
    public static bool IsTeamsGroup(Activity activity) =>
        activity.ChannelId == "msteams" && activity.Conversation?.ConversationType is "groupChat" or "channel";

    /// <summary>
    /// The sender's 1:1 chat, as the activity to run the turn for: the group message's text (without the mention) and
    /// id, in the personal conversation. Null when it cannot be opened.
    /// </summary>
    public async Task<Activity?> OpenPersonalChatAsync(Activity groupMessage, CancellationToken cancellationToken)
    {
        if (groupMessage.ServiceUrl is null || groupMessage.From?.Id is null || groupMessage.Recipient?.Id is null)
        {
            return null;
        }

        var tenant = TenantId(groupMessage);
        var parameters = new ConversationParameters
        {
            Bot = new ChannelAccount { Id = groupMessage.Recipient.Id, Name = groupMessage.Recipient.Name },
            Members = [new ChannelAccount { Id = groupMessage.From.Id }],
            TenantId = tenant,
            ChannelData = tenant is null ? null : JsonSerializer.SerializeToElement(new { tenant = new { id = tenant } }),
        };
        try
        {
            var conversationId = await connector.CreateConversationAsync(new Uri(groupMessage.ServiceUrl), parameters, cancellationToken);
            return new Activity
            {
                Type = ActivityTypes.Message,
                Id = groupMessage.Id,
                ChannelId = groupMessage.ChannelId,
                ServiceUrl = groupMessage.ServiceUrl,
                From = groupMessage.From,
                Recipient = groupMessage.Recipient,
                Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = tenant },
                Locale = groupMessage.Locale,
                Text = MentionText.StripBotMentions(groupMessage),
                Value = groupMessage.Value,
            };
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning(e, "Could not open a 1:1 chat for a member of {ConversationId}; the assessment stays in the group", groupMessage.Conversation?.Id);
            return null;
        }
    }

    /// <summary>The answer in the group: the sender, mentioned, hears that the conversation went on in a 1:1 chat.</summary>
    public static Activity MovedNotice(Activity groupMessage)
    {
        if (groupMessage.From is not { Id: not null, Name: { Length: > 0 } name } person)
        {
            return Reply(groupMessage, char.ToUpperInvariant(MovedText[0]) + MovedText[1..]);
        }

        // Teams shows the mention only when the <at> text in the message equals the entity's text (bot-framework.md §4.3).
        var mention = $"<at>{name}</at>";
        var reply = Reply(groupMessage, $"{mention}, {MovedText}");
        reply.Entities = [JsonSerializer.SerializeToElement(new { type = "mention", text = mention, mentioned = new { id = person.Id, name } })];
        return reply;
    }

    /// <summary>What the bot says when it is added to a group chat or team: how to start, and that answers are personal.</summary>
    public static Activity Introduction(Activity added) => Reply(added, IntroductionText);

    private static Activity Reply(Activity inbound, string text)
    {
        var reply = ReplyActivityFactory.NewReply(inbound);
        reply.Text = text;
        reply.TextFormat = "markdown";
        return reply;
    }

    private static string? TenantId(Activity activity) =>
        activity.Conversation?.TenantId
        ?? (activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null);
}
