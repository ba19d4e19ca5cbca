namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>One word of a text as the learned weights see it: its key, how much it counts, and where it stands (for the quote).</summary>
/// <param name="Key">The word's stem, "!" before it when denied, "~" when partial; "#" and the word for a negation or hedge; "focuspunt|" before a focus point's own copy.</param>
/// <param name="Value">Its weight in its place (more after "maar", less in a concession or about the past), shared by the words of a long text.</param>
/// <param name="Position">The word's position in the text.</param>
internal readonly record struct WordFeature(string Key, double Value, int Position);

/// <summary>
/// The words of an analysed text as features for <see cref="WordWeights"/>: every word's stem as read in its
/// place ("niet" before or after it makes "!budget", "deels" makes "~budget"), the negation and hedge words
/// themselves (a negation cancelled by a second one as a word of its own: "geen ... zonder" affirms), each once
/// for all focus points and once for the focus point asked about (what a word means is mostly the same
/// everywhere; a focus point may refine it). A long text does not say more than a short one
/// per word: the values are divided by the square root of the number of words.
/// </summary>
internal static class WordFeatures
{
    public const char Denied = '!';
    public const char Partial = '~';
    public const char Marker = '#';
    public const char FocusPointSeparator = '|';

    /// <summary>After <see cref="Marker"/>: a negation word cancelled by a second one ("geen ... zonder"), which affirms rather than denies.</summary>
    public const char Cancelled = '+';

    /// <summary>
    /// A focus point's own copy of a word counts this much: it is learned from a tenth of the examples, and
    /// counting more lets it escape the penalty on weights that keeps a word seen once from deciding much.
    /// </summary>
    private const double FocusPointValue = 3;

    public static List<WordFeature> Of(string focusPointId, TextAnalysis analysis)
    {
        var words = analysis.Words
            .Select(w => (Key: Prefix(w) + analysis.Tokens[w.Positions[0]].Stem, w.Weight, Position: w.Positions[0]))
            .Concat(analysis.MarkerWords.Select(p => (Key: MarkerKey(analysis, p), Weight: 1.0, Position: p)))
            .ToList();
        var scale = words.Count == 0 ? 0 : 1 / Math.Sqrt(words.Count);
        var features = new List<WordFeature>(words.Count * 2);
        foreach (var (key, weight, position) in words)
        {
            features.Add(new WordFeature(key, weight * scale, position));
            features.Add(new WordFeature(focusPointId + FocusPointSeparator + key, weight * scale * FocusPointValue, position));
        }

        return features;
    }

    private static string MarkerKey(TextAnalysis analysis, int position) =>
        (analysis.CancelledNegations.Contains(position) ? $"{Marker}{Cancelled}" : Marker.ToString()) + analysis.Tokens[position].Word;

    private static string Prefix(SignalReading word) => word.IsDenied ? Denied.ToString() : word.IsPartial ? Partial.ToString() : "";
}
