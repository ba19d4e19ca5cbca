using System.Text.Json;

namespace SamenOpleiden.Advisor.Rephrasing.Guard;

/// <summary>Reads the model's rewording: <c>{"items":[{"id":"…","text":"…"}]}</c>.</summary>
internal static class AnswerParser
{
    /// <summary>The (id, text) entries in answer order, or the reason the answer is unusable.</summary>
    public static (IReadOnlyList<(string Id, string Text)>? Entries, GuardVerdict? Failure) Parse(string? answer)
    {
        var (document, reason, detail) = AnswerJson.Parse(answer);
        if (document is null)
        {
            return (null, GuardVerdict.Fail(reason!.Value, detail!));
        }

        using (document)
        {
            if (!document.RootElement.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                return (null, GuardVerdict.Fail(RephrasingFallbackReason.Malformed, "the JSON has no 'items' array"));
            }

            var entries = new List<(string, string)>();
            foreach (var item in items.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object
                    || !item.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
                    || !item.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
                {
                    return (null, GuardVerdict.Fail(RephrasingFallbackReason.Malformed, "an entry lacks a string 'id' or 'text'"));
                }

                entries.Add((id.GetString()!, text.GetString()!.Trim()));
            }

            return entries.Count == 0 || entries.All(e => e.Item2.Length == 0)
                ? (null, GuardVerdict.Fail(RephrasingFallbackReason.Empty, "the answer has no rephrased items"))
                : (entries, null);
        }
    }
}
