namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// Phrases (signals or markers) indexed by their first word, so that reading a text tries only the phrases that
/// can start at each of its words instead of every phrase at every word. It yields the same (phrase, start)
/// pairs, in the same order (phrase order first, then position), as trying them all would match. A first word
/// that forgives one typo is found through its spellings with one letter left out, as is the text's word
/// (two words one edit apart share such a spelling, or one is the other with a letter left out).
/// </summary>
internal sealed class PatternIndex<T>
{
    private readonly IReadOnlyList<T> _items;
    private readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byDeletion = new(StringComparer.Ordinal);
    private readonly List<int> _everywhere = [];

    /// <param name="items">The phrases, in the order they are to be tried.</param>
    /// <param name="pattern">The compiled phrase of an item.</param>
    public PatternIndex(IReadOnlyList<T> items, Func<T, LexiconPattern> pattern)
    {
        _items = items;
        for (var i = 0; i < items.Count; i++)
        {
            if (pattern(items[i]).FirstWord is not { } first)
            {
                _everywhere.Add(i);
                continue;
            }

            Add(_byWord, first.Spelling, i);
            if (first.Stem is { } stem)
            {
                Add(_byWord, stem, i);
            }

            if (first.ForgivesTypo)
            {
                foreach (var key in WithOneLeftOut(first.Spelling).Append(first.Spelling))
                {
                    Add(_byDeletion, key, i);
                }
            }
        }
    }

    /// <summary>Every phrase that may start at a word of <paramref name="tokens"/>, with that position, in phrase order and then position.</summary>
    public List<(T Item, int Start)> Candidates(ReadToken[] tokens)
    {
        var pairs = new List<(int Item, int Start)>();
        var atWord = new HashSet<int>();
        for (var start = 0; start < tokens.Length; start++)
        {
            var token = tokens[start];
            atWord.Clear();
            atWord.UnionWith(_everywhere);
            Collect(_byWord, token.Word, atWord);
            Collect(_byWord, token.Stem, atWord);
            Collect(_byWord, token.VerbStem, atWord);
            if (_byDeletion.Count > 0)
            {
                Collect(_byDeletion, token.Word, atWord);
                foreach (var key in WithOneLeftOut(token.Word))
                {
                    Collect(_byDeletion, key, atWord);
                }
            }

            foreach (var item in atWord)
            {
                pairs.Add((item, start));
            }
        }

        pairs.Sort();
        return pairs.ConvertAll(p => (_items[p.Item], p.Start));
    }

    private static IEnumerable<string> WithOneLeftOut(string word) => Enumerable.Range(0, word.Length).Select(i => word.Remove(i, 1));

    private static void Collect(Dictionary<string, List<int>> index, string key, HashSet<int> into)
    {
        if (index.TryGetValue(key, out var items))
        {
            into.UnionWith(items);
        }
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int item)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(item);
    }
}
