using Lucene.Net.Tartarus.Snowball.Ext;

namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// Dutch Snowball stems, so "regionale", "regionaal" meet "regionaal" in the lexicon. The stemmer is not
/// thread-safe; one per thread.
/// </summary>
internal static class LexiconStems
{
    [ThreadStatic]
    private static DutchStemmer? _stemmer;

    public static string Stem(string word)
    {
        _stemmer ??= new DutchStemmer();
        _stemmer.SetCurrent(word);
        _stemmer.Stem();
        return _stemmer.Current;
    }
}
