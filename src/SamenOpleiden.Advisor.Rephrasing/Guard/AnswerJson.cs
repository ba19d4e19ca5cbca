using System.Text.Json;
using System.Text.RegularExpressions;

namespace SamenOpleiden.Advisor.Rephrasing.Guard;

/// <summary>
/// Finds the JSON object in a model's answer, tolerating a code fence or stray words around it, because some
/// local models add them even in JSON mode; an answer without one is a refusal or malformed.
/// </summary>
internal static partial class AnswerJson
{
    [GeneratedRegex(@"\b(sorry|excuses|kan (ik|me) (hier )?niet|niet (mee )?helpen|i can(no|')t|i am unable|i'm unable|as an ai)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RefusalPattern();

    /// <summary>The parsed object (dispose it), or the reason and detail why there is none.</summary>
    public static (JsonDocument? Document, RephrasingFallbackReason? Reason, string? Detail) Parse(string? answer)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return (null, RephrasingFallbackReason.Empty, "the model returned no text");
        }

        var start = answer.IndexOf('{');
        var end = answer.LastIndexOf('}');
        if (start < 0 || end <= start)
        {
            return RefusalPattern().IsMatch(answer)
                ? (null, RephrasingFallbackReason.Refusal, "the model declined instead of answering in JSON")
                : (null, RephrasingFallbackReason.Malformed, "the answer is not JSON");
        }

        try
        {
            var document = JsonDocument.Parse(answer[start..(end + 1)]);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? (document, null, null)
                : (null, RephrasingFallbackReason.Malformed, "the JSON is not an object");
        }
        catch (JsonException e)
        {
            return (null, RephrasingFallbackReason.Malformed, $"invalid JSON: {e.Message}");
        }
    }
}
