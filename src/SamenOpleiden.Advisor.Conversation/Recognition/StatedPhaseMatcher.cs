namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// A phase said by its number with a few words around it: "2 denk ik", "ik zou zeggen fase drie" (proposed, for the
/// respondent to confirm), "tussen 1 en 2", "fase 2 of 3" (both offered). The words around the number may only hedge or
/// place it; any other word ("niet 3", "van 1 naar 2", a description) leaves the text to the reader of own words.
/// Without this, the reader took the numbers for words: "tussen 1 en 2" was proposed as phase 3 on "en".
/// </summary>
internal static class StatedPhaseMatcher
{
    /// <summary>Longer than this, a text is a description that happens to hold a number.</summary>
    private const int MaxWords = 8;

    private static readonly Dictionary<string, int> Digits = new(StringComparer.Ordinal) { ["1"] = 1, ["2"] = 2, ["3"] = 3 };

    /// <summary>Number words count only after "fase" ("een" is also the article); "twee" and "drie" also alone.</summary>
    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["een"] = 1, ["eerste"] = 1, ["twee"] = 2, ["tweede"] = 2, ["drie"] = 3, ["derde"] = 3,
    };

    private static readonly HashSet<string> AloneNumberWords = new(["twee", "drie"], StringComparer.Ordinal);

    /// <summary>Words that hedge a number or place it between two, and nothing else: no negation, no direction.</summary>
    private static readonly HashSet<string> Around = new(
    [
        "fase", "ik", "we", "wij", "denk", "zou", "zeggen", "volgens", "mij", "eerder", "wel", "misschien", "waarschijnlijk",
        "ongeveer", "zo", "gok", "schat", "het", "is", "zitten", "zit", "staan", "staat", "op", "in", "nu", "vooral", "eigenlijk",
        "toch", "tussen", "en", "of", "a", "ergens", "iets", "denken", "dat", "hier", "hebben", "ja",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Not being sure hedges a number as "denk ik" does ("weet niet precies, denk 2", "niet zeker, 3?"); taken out as a
    /// whole, so a "niet" of its own ("niet 3") still leaves the text to the reader.
    /// </summary>
    private static readonly string[][] NotSure =
    [
        ["weet", "ik", "het", "niet", "precies"], ["weet", "ik", "niet", "precies"], ["weet", "het", "niet", "precies"], ["weet", "niet", "precies"],
        ["weet", "ik", "het", "niet", "zeker"], ["weet", "ik", "niet", "zeker"], ["weet", "het", "niet", "zeker"], ["weet", "niet", "zeker"],
        ["niet", "zeker"], ["weet", "ik", "niet"], ["weet", "niet"], ["geen", "idee"],
    ];

    /// <returns>A proposal of one stated phase, a conflict offering two, or null when the text is not a stated phase.</returns>
    public static PhaseRecognition? Match(string focusPointId, string text)
    {
        var words = WithoutNotSure(TextNormalizer.Words(text));
        if (words.Length is 0 or > MaxWords)
        {
            return null;
        }

        var phases = new SortedSet<int>();
        for (var i = 0; i < words.Length; i++)
        {
            if (PhaseAt(words, i) is { } phase)
            {
                phases.Add(phase);
            }
            else if (!Around.Contains(words[i]))
            {
                return null;
            }
        }

        var quote = text.Trim();
        return phases.Count switch
        {
            1 => new PhaseRecognition(focusPointId, phases.Min, RecognitionKind.Proposal, 1, [], [new QuotedEvidence(quote, phases.Min)]),
            2 => new PhaseRecognition(focusPointId, phases.Min, RecognitionKind.Conflict, 0.5, [phases.Max],
                [new QuotedEvidence(quote, phases.Min), new QuotedEvidence(quote, phases.Max)]),
            _ => null,
        };
    }

    private static string[] WithoutNotSure(string[] words)
    {
        var kept = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var phrase = NotSure.FirstOrDefault(p => words.AsSpan(i).StartsWith(p));
            if (phrase is null)
            {
                kept.Add(words[i]);
            }
            else
            {
                i += phrase.Length - 1;
            }
        }

        return [.. kept];
    }

    private static int? PhaseAt(string[] words, int i) =>
        Digits.TryGetValue(words[i], out var digit) ? digit
        : NumberWords.TryGetValue(words[i], out var number) && ((i > 0 && words[i - 1] == "fase") || (words.Length == 1 && AloneNumberWords.Contains(words[i]))) ? number
        : null;
}
