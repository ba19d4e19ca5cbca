namespace SamenOpleiden.Advisor.Rephrasing.Guard;

/// <summary>
/// No organisation or other name the rules and profile do not mention. Dutch capitalises little
/// besides names, so a capitalised word that does not start a sentence, or an acronym, must be a
/// word of the result, the profile or the typology (a plural or a hyphenated compound of such words counts).
/// </summary>
internal static class ProperNameCheck
{
    private const string SentenceBreaks = ".!?:;\n•*-–—(\"'“‘[";

    public static GuardVerdict? Check(string text, ExpectedItem item, GuardContext context)
    {
        foreach (var match in TextMatch.WordMatches(text))
        {
            var word = match.Value.TrimEnd('\'', '’', '-');
            if (!char.IsUpper(word[0]) || StartsSentence(text, match.Index))
            {
                continue;
            }

            if (!IsKnown(word.ToLowerInvariant(), context.Vocabulary))
            {
                return GuardVerdict.Fail(RephrasingFallbackReason.InventedName, $"item '{item.Id}' names '{word}', which the rules and profile do not mention");
            }
        }

        return null;
    }

    private static bool StartsSentence(string text, int index)
    {
        var before = text[..index].TrimEnd(' ', '\t', '\r');
        return before.Length == 0 || SentenceBreaks.Contains(before[^1]);
    }

    private static bool IsKnown(string word, IReadOnlySet<string> vocabulary)
    {
        if (vocabulary.Contains(word) || Stems(word).Any(vocabulary.Contains) || vocabulary.Any(v => Stems(v).Contains(word)))
        {
            return true;
        }

        var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && parts.All(p => IsKnown(p, vocabulary));
    }

    private static IEnumerable<string> Stems(string word)
    {
        foreach (var suffix in new[] { "'s", "’s", "s", "en", "e" })
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                yield return word[..^suffix.Length];
            }
        }
    }
}
