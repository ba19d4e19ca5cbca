using System.Text.Json;
using System.Text.RegularExpressions;

namespace SamenOpleiden.Advisor.Rephrasing.Guard;

/// <summary>
/// Reads the model's answer: <c>{"items":[{"id":"…","text":"…"}]}</c>, tolerating a code fence or
/// stray words around the JSON, because some local models add them even in JSON mode.
/// </summary>
internal static partial class AnswerParser
{
    [GeneratedRegex(@"\b(sorry|excuses|kan (ik|me) (hier )?niet|niet (mee )?helpen|i can(no|')t|i am unable|i'm unable|as an ai)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RefusalPattern();

    /// <summary>The (id, text) entries in answer order, or the reason the answer is unusable.</summary>
    public static (IReadOnlyList<(string Id, string Text)>? Entries, GuardVerdict? Failure) Parse(string? answer)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return (null, GuardVerdict.Fail(RephrasingFallbackReason.Empty, "the model returned no text"));
        }

        var start = answer.IndexOf('{');
        var end = answer.LastIndexOf('}');
        if (start < 0 || end <= start)
        {
            return (null, NotJson(answer));
        }

        try
        {
            using var document = JsonDocument.Parse(answer[start..(end + 1)]);
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
        catch (JsonException e)
        {
            return (null, GuardVerdict.Fail(RephrasingFallbackReason.Malformed, $"invalid JSON: {e.Message}"));
        }
    }

    private static GuardVerdict NotJson(string answer) =>
        RefusalPattern().IsMatch(answer)
            ? GuardVerdict.Fail(RephrasingFallbackReason.Refusal, "the model declined instead of answering in JSON")
            : GuardVerdict.Fail(RephrasingFallbackReason.Malformed, "the answer is not JSON");
}
