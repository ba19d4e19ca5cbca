using System.Text.Json;
using SamenOpleiden.Advisor.BotFramework.Cards;
using SamenOpleiden.Advisor.BotFramework.Schema;
using SamenOpleiden.Advisor.BotFramework.Teams;
using SamenOpleiden.Advisor.Conversation;

namespace SamenOpleiden.Advisor.BotFramework.Messaging;

/// <summary>
/// Translates an inbound activity into the channel-neutral <see cref="TurnInput"/>, or null when the activity asks
/// nothing of the conversation (typing, someone else joining, an uninstall, ...).
/// </summary>
internal static class ActivityTurnMapper
{
    /// <summary>Channels whose clients render Adaptive Card inputs, so the profile can be one form.</summary>
    private static readonly string[] FormChannels = ["msteams", "emulator", "webchat", "directline"];

    public static TurnInput? ToTurn(Activity activity) => activity.Type switch
    {
        ActivityTypes.Message => Message(activity, MentionText.StripBotMentions(activity), CardSubmission.Read(activity.Value)),
        ActivityTypes.ConversationUpdate when BotWasAdded(activity) => Started(activity),
        ActivityTypes.InstallationUpdate when activity.Action is "add" or "add-upgrade" => Started(activity),
        _ => null,
    };

    /// <summary>The turn of an Action.Execute invoke: its <c>action.data</c> is read like a card submit.</summary>
    public static TurnInput? InvokeToTurn(Activity activity)
    {
        if (activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
            && action.TryGetProperty("data", out var data))
        {
            return Message(activity, null, CardSubmission.Read(data));
        }

        return null;
    }

    /// <summary>True in a Teams group chat or channel (or any channel's group conversation): several people, one conversation id.</summary>
    public static bool IsGroup(Activity activity) =>
        activity.Conversation?.ConversationType is "groupChat" or "channel" || activity.Conversation?.IsGroup == true;

    // Typed text wins; a card button sends its choice as value (or as text, with messageBack), a form its values.
    private static TurnInput Message(Activity activity, string? text, CardSubmission? submitted) =>
        Turn(activity, TurnKind.Message, string.IsNullOrEmpty(text) ? submitted?.Choice : text) with { Values = submitted?.Values };

    private static TurnInput Started(Activity activity) => Turn(activity, TurnKind.ConversationStarted, null);

    private static TurnInput Turn(Activity activity, TurnKind kind, string? text) =>
        new(ConversationId(activity), UserId(activity), kind, text, ChannelId(activity), activity.Id, activity.Locale)
        {
            IsGroup = IsGroup(activity),
            ShowsForms = FormChannels.Contains(ChannelId(activity)),
        };

    private static bool BotWasAdded(Activity activity) =>
        activity.MembersAdded?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true;

    // A reply in a Teams channel thread carries ";messageid=…": a person's assessment spans the channel, not one thread.
    private static string ConversationId(Activity activity)
    {
        var id = activity.Conversation!.Id!;
        var thread = id.IndexOf(";messageid=", StringComparison.Ordinal);
        return IsGroup(activity) && thread > 0 ? id[..thread] : id;
    }

    // Teams users carry an AAD object id that is stable across conversations; the channel id is the fallback.
    private static string UserId(Activity activity) =>
        activity.From?.AadObjectId ?? activity.From?.Id ?? activity.Conversation!.Id!;

    private static string ChannelId(Activity activity) => activity.ChannelId ?? "unknown";
}
