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
    public static TurnInput? ToTurn(Activity activity) => activity.Type switch
    {
        ActivityTypes.Message => Message(activity, MessageText(activity)),
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
            return Message(activity, ChoiceFrom(data));
        }

        return null;
    }

    private static string? MessageText(Activity activity)
    {
        var text = MentionText.StripBotMentions(activity);
        return string.IsNullOrEmpty(text) && activity.Value is { } value ? ChoiceFrom(value) : text;
    }

    /// <summary>A card submit carries <c>{"choice": "..."}</c>; anything else is not an answer.</summary>
    private static string? ChoiceFrom(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object
        && value.TryGetProperty(CardSubmitData.ChoiceKey, out var choice) && choice.ValueKind == JsonValueKind.String
            ? choice.GetString()
            : null;

    private static bool BotWasAdded(Activity activity) =>
        activity.MembersAdded?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true;

    private static TurnInput Message(Activity activity, string? text) =>
        new(activity.Conversation!.Id!, UserId(activity), TurnKind.Message, text, ChannelId(activity), activity.Id, activity.Locale);

    private static TurnInput Started(Activity activity) =>
        new(activity.Conversation!.Id!, UserId(activity), TurnKind.ConversationStarted, null, ChannelId(activity), activity.Id, activity.Locale);

    // Teams users carry an AAD object id that is stable across conversations; the channel id is the fallback.
    private static string UserId(Activity activity) =>
        activity.From?.AadObjectId ?? activity.From?.Id ?? activity.Conversation!.Id!;

    private static string ChannelId(Activity activity) => activity.ChannelId ?? "unknown";
}
