using System.Text.RegularExpressions;

namespace SamenOpleiden.Advisor.Rephrasing.Guard;

/// <summary>
/// The respondent's free text is data. An answer that copies a run of its words, or that talks
/// about instructions, prompts or being an AI, shows the model took the data for instructions.
/// </summary>
internal static partial class EchoCheck
{
    /// <summary>Six words in a row is more than two texts share by chance, and less than any instruction needs.</summary>
    private const int ShingleLength = 6;

    [GeneratedRegex(@"\b(negeer\w*|ignore[sd]?|instructie\w*|instructions?|prompts?|systeembericht\w*|system message|taalmodel\w*|language model|chatgpt|openai|als (een )?ai|ai-assistent\w*|vorige opdracht\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InstructionMarker();

    public static GuardVerdict? Check(string text, ExpectedItem item, IReadOnlyList<string> remarks)
    {
        var marker = InstructionMarker().Match(text);
        if (marker.Success && !InstructionMarker().IsMatch(item.Source))
        {
            return GuardVerdict.Fail(RephrasingFallbackReason.InstructionEcho, $"item '{item.Id}' speaks of '{marker.Value}'");
        }

        var answer = " " + string.Join(' ', TextMatch.Words(text)) + " ";
        foreach (var remark in remarks)
        {
            var words = TextMatch.Words(remark);
            for (var start = 0; start + ShingleLength <= words.Count; start++)
            {
                var shingle = " " + string.Join(' ', words.Skip(start).Take(ShingleLength)) + " ";
                if (answer.Contains(shingle, StringComparison.Ordinal))
                {
                    return GuardVerdict.Fail(RephrasingFallbackReason.InstructionEcho, $"item '{item.Id}' copies {ShingleLength} words in a row from the respondent's free text");
                }
            }
        }

        return null;
    }
}
