using System.Text.Json;
using SamenOpleiden.Advisor.BotFramework.Schema;

namespace SamenOpleiden.Advisor.BotFramework.Teams;

/// <summary>
/// Removes the bot's own @mention from a message ("&lt;at&gt;Adviseur&lt;/at&gt; ja" becomes "ja"). The mention entities
/// say which text is the bot's mention; the &lt;at&gt; tags themselves are never trusted (bot-framework.md §4.3).
/// </summary>
internal static class MentionText
{
    public static string? StripBotMentions(Activity activity)
    {
        var text = activity.Text;
        if (string.IsNullOrEmpty(text) || activity.Entities is null || string.IsNullOrEmpty(activity.Recipient?.Id))
        {
            return text?.Trim();
        }

        foreach (var entity in activity.Entities)
        {
            if (IsMentionOf(entity, activity.Recipient.Id) && entity.TryGetProperty("text", out var mention)
                && mention.ValueKind == JsonValueKind.String && mention.GetString() is { Length: > 0 } mentionText)
            {
                text = text.Replace(mentionText, "", StringComparison.Ordinal);
            }
        }

        // Teams may leave non-breaking spaces or a trailing newline around the removed mention.
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool IsMentionOf(JsonElement entity, string botId) =>
        entity.ValueKind == JsonValueKind.Object
        && entity.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "mention"
        && entity.TryGetProperty("mentioned", out var mentioned) && mentioned.ValueKind == JsonValueKind.Object
        && mentioned.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() == botId;
}
