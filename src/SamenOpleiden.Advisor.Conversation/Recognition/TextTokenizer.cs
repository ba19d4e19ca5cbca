using System.Text;

namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// Splits a respondent's text into words with their place in the original (so a proposal can quote it) and
/// the punctuation between them: . ! ? and line ends close a sentence, , ; : ( ) and dashes a clause.
/// An apostrophe inside a word joins ("regio's", "z'n"), as does a point or comma inside a number ("€1.250");
/// a hyphen splits ("po-partnerschap").
/// </summary>
internal static class TextTokenizer
{
    public static ReadToken[] Tokenize(string text, IReadOnlyDictionary<string, string> synonyms)
    {
        var tokens = new List<ReadToken>();
        var pending = TokenBreak.Sentence;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                var word = new StringBuilder();
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && word.Length > 0) || InsideNumber(text, i)))
                {
                    if (char.IsLetterOrDigit(text[i]))
                    {
                        word.Append(text[i]);
                    }

                    i++;
                }

                var normalized = NormalizeWord(word.ToString());
                normalized = synonyms.GetValueOrDefault(normalized) ?? normalized;
                var stem = LexiconStems.Stem(normalized);
                var verbStem = normalized.Length > 4 && normalized.EndsWith('t') ? LexiconStems.Stem(normalized[..^1]) : stem;
                tokens.Add(new ReadToken(normalized, stem, start, i, tokens.Count == 0 ? TokenBreak.Sentence : pending, verbStem));
                pending = TokenBreak.None;
                continue;
            }

            var mark = c switch
            {
                '.' when IsSentenceEnd(text, i) => TokenBreak.Sentence,
                '!' or '?' or '\n' => TokenBreak.Sentence,
                ',' or ';' or ':' or '(' or ')' or '–' or '—' or '"' or '“' or '”' => TokenBreak.Clause,
                '-' when i > 0 && i + 1 < text.Length && text[i - 1] == ' ' && text[i + 1] == ' ' => TokenBreak.Clause,
                _ => TokenBreak.None,
            };
            if (mark > pending)
            {
                pending = mark;
            }

            i++;
        }

        return [.. tokens];
    }

    /// <summary>The words of a lexicon phrase, normalised the way a respondent's words are.</summary>
    public static IEnumerable<string> Words(string phrase) => Tokenize(phrase, new Dictionary<string, string>()).Select(t => t.Word);

    /// <summary>
    /// Lower case without diacritics, except that "één" (one) becomes "1", so it stays apart from the article
    /// "een" and meets a typed "1".
    /// </summary>
    private static string NormalizeWord(string word) =>
        word.ToLowerInvariant() is "één" or "eén" or "éen" ? "1" : TextNormalizer.Normalize(word);

    /// <summary>A full stop ends a sentence unless it sits inside an abbreviation ("o.b.v.", "d.w.z.").</summary>
    private static bool IsSentenceEnd(string text, int i)
    {
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        var previousIsSingleLetter = i >= 1 && char.IsLetter(text[i - 1]) && (i < 2 || !char.IsLetter(text[i - 2]));
        return !char.IsLetter(next) && !previousIsSingleLetter;
    }

    /// <summary>A point or comma between digits belongs to the number ("€1.250", "1,5 fte"): it is not a "1" (één) followed by another word.</summary>
    private static bool InsideNumber(string text, int i) =>
        text[i] is '.' or ',' && i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]);

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '`';
}
