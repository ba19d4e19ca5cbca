namespace SamenOpleiden.Advisor.Rephrasing.Guard;

/// <summary>
/// A plain stop-word count: Dutch prose is full of "de", "het", "en", "van"; English prose of "the",
/// "and", "to". Words both languages share ("in", "is", "we", "over") count for neither. Honest
/// and cheap; it catches an English or mixed answer, not subtle errors.
/// </summary>
internal static class DutchLanguageCheck
{
    private static readonly HashSet<string> Dutch = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "en", "van", "op", "te", "dat", "die", "voor", "met", "zijn", "niet", "aan", "er", "om",
        "ook", "als", "bij", "naar", "dan", "wat", "worden", "wordt", "door", "uit", "kan", "kunnen", "jullie", "je",
        "jij", "wij", "ze", "hun", "deze", "dit", "nog", "tot", "maar", "meer", "wel", "geen", "hoe", "waar", "wie",
        "omdat", "zodat", "daarna", "eerst", "samen", "elke", "elk", "alle", "binnen", "tussen", "onder", "zo", "u", "uw",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "and", "to", "for", "with", "that", "this", "your", "you", "are", "be", "will", "should", "from", "by",
        "it", "on", "at", "have", "has", "can", "our", "their", "they", "which", "these", "those", "there", "been",
        "would", "could", "into", "about", "an", "or", "not", "but", "more", "all", "each", "first", "then",
    };

    private const int MinimumDutchWords = 2;

    public static GuardVerdict? Check(string text, ExpectedItem item)
    {
        var words = TextMatch.Words(text);
        var dutch = words.Count(Dutch.Contains);
        var english = words.Count(English.Contains);
        return dutch < MinimumDutchWords || english * 2 > dutch
            ? GuardVerdict.Fail(RephrasingFallbackReason.NotDutch, $"item '{item.Id}' has {dutch} Dutch and {english} English stop words")
            : null;
    }
}
