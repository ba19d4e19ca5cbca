using System.Text.Json;
using SamenOpleiden.Advisor.Rephrasing.Guard;

namespace SamenOpleiden.Advisor.Rephrasing.Reading;

/// <summary>
/// Checks the model's reading: <c>{"fase": "1"|"2"|"3"|"onzeker", "citaat": "…"}</c>, the quote made of
/// words that stand, in that order, in the respondent's answer. Anything else is a fallback with its reason.
/// </summary>
internal static class ReadingGuard
{
    private const string UnsureToken = "onzeker";

    public static AnswerReading Check(string? answer, string respondentAnswer)
    {
        var (document, reason, detail) = AnswerJson.Parse(answer);
        if (document is null)
        {
            return FellBack(reason!.Value, detail!);
        }

        using (document)
        {
            var root = document.RootElement;
            if (!root.TryGetProperty("fase", out var phaseValue) || phaseValue.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            {
                return FellBack(RephrasingFallbackReason.Malformed, "the JSON has no 'fase'");
            }

            var phaseText = (phaseValue.ValueKind == JsonValueKind.String ? phaseValue.GetString()! : phaseValue.GetRawText()).Trim().ToLowerInvariant();
            if (phaseText == UnsureToken)
            {
                return new AnswerReading(null, null, AnswerReadingOutcome.Unsure);
            }

            if (phaseText is not ("1" or "2" or "3"))
            {
                return FellBack(RephrasingFallbackReason.UnknownPhase, $"'fase' is '{Shorten(phaseText)}', not 1, 2, 3 or onzeker");
            }

            var quote = root.TryGetProperty("citaat", out var quoteValue) && quoteValue.ValueKind == JsonValueKind.String ? quoteValue.GetString()!.Trim() : "";
            return OccursIn(quote, respondentAnswer)
                ? new AnswerReading(phaseText[0] - '0', quote.Trim('"', '\'', '‘', '’', '“', '”', ' '), AnswerReadingOutcome.Proposed)
                : FellBack(RephrasingFallbackReason.QuoteNotInAnswer, quote.Length == 0 ? "no 'citaat'" : "the quote does not occur in the answer");
        }
    }

    /// <summary>True when the quote's words stand one after the other in the answer (case and punctuation aside).</summary>
    private static bool OccursIn(string quote, string answer)
    {
        var words = TextMatch.Words(quote);
        var text = TextMatch.Words(answer);
        if (words.Count == 0)
        {
            return false;
        }

        for (var start = 0; start + words.Count <= text.Count; start++)
        {
            if (words.Select((w, i) => w == text[start + i]).All(same => same))
            {
                return true;
            }
        }

        return false;
    }

    private static AnswerReading FellBack(RephrasingFallbackReason reason, string detail) => new(null, null, AnswerReadingOutcome.FellBack, reason, detail);

    // The detail goes to the log: never more of the model's words than needed to see what went wrong.
    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;
}
