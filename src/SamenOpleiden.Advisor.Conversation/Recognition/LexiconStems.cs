using Lucene.Net.Tartarus.Snowball.Ext;

namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// Normalised, stemmed words (Dutch Snowball), so "regionale", "regionaal" and "regio's" meet
/// "regionaal" in the lexicon. The stemmer is not thread-safe; one per thread.
/// </summary>
internal static class LexiconStems
{
    [ThreadStatic]
    private static DutchStemmer? _stemmer;

    public static string[] Of(string text, IReadOnlyDictionary<string, string>? synonyms = null) =>
        TextNormalizer.Words(text).Select(w => Stem(synonyms?.GetValueOrDefault(w) ?? w)).ToArray();

    public static string Stem(string word)
    {
        _stemmer ??= new DutchStemmer();
        _stemmer.SetCurrent(word);
        _stemmer.Stem();
        return _stemmer.Current;
    }
}
