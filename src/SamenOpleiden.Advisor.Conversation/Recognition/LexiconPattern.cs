namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// A lexicon phrase compiled for matching against a tokenised text: words compared by stem (or by
/// spelling, forgiving one typo in a long word), <c>woord*</c> and <c>*woord</c> by the start or end of
/// the word, and <c>...</c> as a gap of up to <see cref="MaxGap"/> words that stays inside one clause.
/// </summary>
internal sealed class LexiconPattern
{
    public const int MaxGap = 6;
    private const string Gap = "...";
    private const int TypoFromLength = 7;

    /// <summary>The stemmer also strips derivations ("uitvoerbaarheid" and "uitvoerend" share a stem): a word may differ this much in length.</summary>
    private const int MaxInflection = 3;

    private readonly Element[] _elements;

    private LexiconPattern(string text, Element[] elements)
    {
        Text = text;
        _elements = elements;
        Length = elements.Count(e => e.Kind != ElementKind.Gap);
    }

    /// <summary>The phrase as the lexicon writes it.</summary>
    public string Text { get; }

    /// <summary>How many words it matches, gaps not counted: longer phrases are more specific.</summary>
    public int Length { get; }

    /// <summary>What the phrase matches, written out: two phrases with the same key match the same words ("Ad-hoc" and "ad hoc").</summary>
    public string Key => string.Join(' ', _elements.Select(e => e.Kind switch
    {
        ElementKind.Prefix => e.Value + "*",
        ElementKind.Suffix => "*" + e.Value,
        ElementKind.Gap => Gap,
        _ => e.Value,
    }));

    /// <summary>
    /// The compiled phrase, or null when it has no words. Signal phrases compare words by their stem;
    /// markers (<paramref name="stemmed"/> false) are small function words compared as spelled, so "deels"
    /// does not meet "deel".
    /// </summary>
    public static LexiconPattern? Compile(string phrase, bool stemmed = true)
    {
        var elements = new List<Element>();
        foreach (var part in phrase.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == Gap)
            {
                if (elements.Count > 0 && elements[^1].Kind != ElementKind.Gap)
                {
                    elements.Add(new Element(ElementKind.Gap, "", "", false));
                }

                continue;
            }

            var kind = part.EndsWith('*') ? ElementKind.Prefix : part.StartsWith('*') ? ElementKind.Suffix : ElementKind.Word;
            foreach (var word in TextTokenizer.Words(part.Trim('*')))
            {
                elements.Add(new Element(kind, kind == ElementKind.Word && stemmed ? LexiconStems.Stem(word) : word, word, stemmed));
            }
        }

        while (elements.Count > 0 && elements[^1].Kind == ElementKind.Gap)
        {
            elements.RemoveAt(elements.Count - 1);
        }

        return elements.Count == 0 ? null : new LexiconPattern(phrase, [.. elements]);
    }

    /// <summary>
    /// What a text's word must be for the phrase to start there, for an index: its spelling, its stem (null when
    /// compared as spelled) and whether one typo is forgiven; null when the phrase starts with a part of a word
    /// (<c>woord*</c>, <c>*woord</c>) and must be tried on every word.
    /// </summary>
    public (string Spelling, string? Stem, bool ForgivesTypo)? FirstWord => _elements[0] is { Kind: ElementKind.Word } first
        ? (first.Spelling, first.Stemmed ? first.Value : null, first.ForgivesTypo)
        : null;

    /// <summary>
    /// The positions of the words matched when the phrase starts at <paramref name="start"/>, or null.
    /// Words already taken by another phrase (<paramref name="taken"/>, null: none) do not match; no part of a
    /// phrase, gaps included, crosses a punctuation mark.
    /// </summary>
    public int[]? MatchAt(ReadToken[] tokens, int start, bool[]? taken)
    {
        // Most phrases fail on their first word: decide that before allocating anything.
        if (start >= tokens.Length || taken?[start] == true || !_elements[0].Matches(tokens[start]))
        {
            return null;
        }

        var positions = new List<int>(Length);
        var at = start;
        for (var e = 0; e < _elements.Length; e++)
        {
            if (_elements[e].Kind == ElementKind.Gap)
            {
                var next = _elements[e + 1];
                var found = -1;
                for (var k = at; k < tokens.Length && k <= at + MaxGap && tokens[k].Break == TokenBreak.None; k++)
                {
                    if (taken?[k] != true && next.Matches(tokens[k]))
                    {
                        found = k;
                        break;
                    }
                }

                if (found < 0)
                {
                    return null;
                }

                positions.Add(found);
                at = found + 1;
                e++;
                continue;
            }

            if (at >= tokens.Length || taken?[at] == true || !_elements[e].Matches(tokens[at]) || (at > start && tokens[at].Break != TokenBreak.None))
            {
                return null;
            }

            positions.Add(at);
            at++;
        }

        return [.. positions];
    }

    private enum ElementKind
    {
        Word,
        Prefix,
        Suffix,
        Gap,
    }

    private sealed record Element(ElementKind Kind, string Value, string Spelling, bool Stemmed)
    {
        public bool ForgivesTypo => Stemmed && Spelling.Length >= TypoFromLength;

        public bool Matches(ReadToken token) => Kind switch
        {
            ElementKind.Word => token.Word == Spelling || (Stemmed && (token.Stem == Value || token.VerbStem == Value) && Math.Abs(token.Word.Length - Spelling.Length) <= MaxInflection)
                || (ForgivesTypo && EditDistance.WithinOne(token.Word, Spelling)),
            ElementKind.Prefix => token.Word.StartsWith(Value, StringComparison.Ordinal),
            ElementKind.Suffix => token.Word.EndsWith(Value, StringComparison.Ordinal),
            _ => false,
        };
    }
}
