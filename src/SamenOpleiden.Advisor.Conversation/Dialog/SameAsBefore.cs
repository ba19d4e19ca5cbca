using SamenOpleiden.Advisor.Conversation.Recognition;

namespace SamenOpleiden.Advisor.Conversation.Dialog;

/// <summary>
/// "zelfde als de vorige vraag", "idem", "hetzelfde als hiervoor": an answer that points at the focus point answered
/// before instead of describing this one. Read as own words it said nothing, or was proposed on "zelfde".
/// </summary>
internal static class SameAsBefore
{
    /// <summary>Words that say "as before" by themselves.</summary>
    private static readonly HashSet<string> Pointers = new(["zelfde", "hetzelfde", "idem", "ditto", "vorige", "hiervoor", "daarnet", "eerder", "hierboven"], StringComparer.Ordinal);

    /// <summary>Words that may stand around them: nothing that describes the region.</summary>
    private static readonly HashSet<string> Around = new(
        ["als", "bij", "de", "het", "vraag", "antwoord", "net", "zie", "ook", "zo", "dan", "hier", "is", "dat", "dit", "ik", "zou", "zeggen", "eigenlijk", "vraagje", "punt", "focuspunt"],
        StringComparer.Ordinal);

    /// <summary>The longest answer that can still only point back; longer, it describes.</summary>
    private const int MaxWords = 8;

    public static bool Says(string text)
    {
        var words = TextNormalizer.Words(text);
        return words.Length is > 0 and <= MaxWords
            && words.Any(Pointers.Contains)
            && words.All(w => Pointers.Contains(w) || Around.Contains(w));
    }
}
