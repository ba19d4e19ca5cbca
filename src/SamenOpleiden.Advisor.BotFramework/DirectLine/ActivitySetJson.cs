using System.Globalization;
using System.Text;
using System.Text.Json;
using SamenOpleiden.Advisor.BotFramework.Schema;
using SamenOpleiden.Advisor.Conversation.Transcripts;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine;

/// <summary>
/// Builds Direct Line ActivitySets <c>{"activities":[...],"watermark":"n"}</c>. Stored payloads are
/// spliced in verbatim, so an activity is byte-for-byte the same on every path (socket, poll, replay).
/// </summary>
internal static class ActivitySetJson
{
    public static string FromEntries(IReadOnlyList<TranscriptEntry> entries, long watermark) =>
        Build(entries.Select(entry => entry.Payload), watermark);

    public static string FromTransient(Activity activity, long watermark) =>
        Build([JsonSerializer.Serialize(activity, ActivityJson.Options)], watermark);

    public static string Watermark(long watermark) => watermark.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a client's watermark; empty or unreadable means "from the beginning".</summary>
    public static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static string Build(IEnumerable<string> payloads, long watermark)
    {
        var builder = new StringBuilder("{\"activities\":[");
        builder.AppendJoin(',', payloads);
        builder.Append("],\"watermark\":\"").Append(Watermark(watermark)).Append("\"}");
        return builder.ToString();
    }
}
