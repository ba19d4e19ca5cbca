namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// The respondent's own words for a piece of evidence: the signal with the negation or hedge that changes
/// it, cut from the original text ("nog geen gezamenlijk budget"); words far apart are joined by " … ".
/// </summary>
internal static class EvidenceQuote
{
    /// <summary>Words this far apart or more are quoted as separate pieces.</summary>
    private const int MaxSpan = 8;

    public static string Of(string text, ReadToken[] tokens, IEnumerable<int> positions)
    {
        var ordered = positions.Distinct().Order().ToList();
        var pieces = new List<(int First, int Last)>();
        foreach (var position in ordered)
        {
            if (pieces.Count > 0 && position - pieces[^1].First < MaxSpan && !EndsSentenceBetween(tokens, pieces[^1].Last, position))
            {
                pieces[^1] = (pieces[^1].First, position);
            }
            else
            {
                pieces.Add((position, position));
            }
        }

        return string.Join(" … ", pieces.Select(p => text[tokens[p.First].Start..tokens[WithLastWordOfClause(tokens, p.Last)].End]));
    }

    /// <summary>A quote one word short of its clause's end takes that word too: "eigen accenten", not "eigen".</summary>
    private static int WithLastWordOfClause(ReadToken[] tokens, int last) =>
        last + 1 < tokens.Length && tokens[last + 1].Break == TokenBreak.None && (last + 2 >= tokens.Length || tokens[last + 2].Break != TokenBreak.None)
            ? last + 1
            : last;

    private static bool EndsSentenceBetween(ReadToken[] tokens, int from, int to) =>
        tokens[(from + 1)..(to + 1)].Any(t => t.Break == TokenBreak.Sentence);
}
