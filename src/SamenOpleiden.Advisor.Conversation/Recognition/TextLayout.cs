namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// The structure of a respondent's text as the reader needs it: sentences; clauses (the reach of a
/// negation), split by punctuation, by clause-break words and before a condition; and segments, which are
/// sentences split where a contrast, a concession or an exception starts and which weigh more or less.
/// A within/between scope ("binnen ons partnerschap", "tussen de partnerschappen") holds from its clause
/// to the end of the sentence or the next scope.
/// </summary>
internal sealed class TextLayout
{
    private TextLayout(int[] sentenceOf, int[] clauseOf, int[] segmentOf, Clause[] clauses, Segment[] segments)
    {
        SentenceOf = sentenceOf;
        ClauseOf = clauseOf;
        SegmentOf = segmentOf;
        Clauses = clauses;
        Segments = segments;
    }

    public int[] SentenceOf { get; }

    public int[] ClauseOf { get; }

    public int[] SegmentOf { get; }

    public Clause[] Clauses { get; }

    public Segment[] Segments { get; }

    /// <summary>Whether a clause speaks of one partnership or board, of between them or the region, or neither.</summary>
    public enum Scope
    {
        None,
        Within,
        Between,
    }

    /// <summary>How a segment weighs in its sentence.</summary>
    public enum Role
    {
        Plain,

        /// <summary>After "maar": how things really are.</summary>
        Contrast,

        /// <summary>"Hoewel ...", "Al ...": granted, but not the point.</summary>
        Concession,

        /// <summary>"..., alleen het mbo doet nog niet mee": an exception to the rest.</summary>
        Exception,
    }

    /// <summary>A clause: its words, its negation words, and what it is.</summary>
    public sealed record Clause(int Index, int Sentence, int First, int Last, IReadOnlyList<int> Negations, bool IsCondition, bool HasReference, bool HasRestriction, Scope Scope)
    {
        public bool IsFirstInSentence(TextLayout layout) => First == 0 || layout.SentenceOf[First - 1] != Sentence;
    }

    /// <summary>A segment: its words, its role, and whether a contrast follows it in the same sentence.</summary>
    public sealed record Segment(int Index, int Sentence, int First, int Last, Role Role, bool IsBeforeContrast);

    public static TextLayout Build(ReadToken[] tokens, MarkerMatches markers)
    {
        var n = tokens.Length;
        var sentenceOf = new int[n];
        var clauseOf = new int[n];
        var segmentOf = new int[n];
        var (sentence, clause, segment) = (0, 0, 0);
        var concessionOpen = false;
        for (var i = 0; i < n; i++)
        {
            var newSentence = i > 0 && tokens[i].Break == TokenBreak.Sentence;
            // "ook als ..." is one concession ("even if"), not a concession followed by a condition.
            var insideConcession = markers.Of(MarkerKind.Concession).Any(m => m[0] < i && m[^1] >= i);
            var newClause = i > 0 && (tokens[i].Break != TokenBreak.None || markers.StartsAt(MarkerKind.ClauseBreak, i) || (markers.StartsAt(MarkerKind.Condition, i) && !insideConcession));
            var opensSegment = markers.StartsAt(MarkerKind.Contrast, i) || markers.StartsAt(MarkerKind.Concession, i) || markers.StartsAt(MarkerKind.Exception, i);
            var newSegment = newSentence || (newClause && (opensSegment || concessionOpen));
            sentence += newSentence ? 1 : 0;
            clause += newClause ? 1 : 0;
            if (newSegment)
            {
                segment++;
                concessionOpen = false;
            }

            // A concession opens a segment at the start of a sentence ("Hoewel ..., ...") or of a clause ("..., ook als ...").
            if ((i == 0 || newClause) && markers.StartsAt(MarkerKind.Concession, i))
            {
                concessionOpen = true;
            }

            (sentenceOf[i], clauseOf[i], segmentOf[i]) = (sentence, clause, segment);
        }

        var clauses = new Clause[n == 0 ? 0 : clause + 1];
        for (var c = 0; c < clauses.Length; c++)
        {
            var (first, last) = Span(clauseOf, c);
            var inClause = (MarkerKind kind) => markers.Starts(kind).Any(p => clauseOf[p] == c);
            var scope = inClause(MarkerKind.Between) ? Scope.Between
                : inClause(MarkerKind.Within) ? Scope.Within
                : c > 0 && clauses[c - 1].Sentence == sentenceOf[first] ? clauses[c - 1].Scope
                : Scope.None;
            clauses[c] = new Clause(
                c,
                sentenceOf[first],
                first,
                last,
                markers.Starts(MarkerKind.Negation).Where(p => clauseOf[p] == c).ToList(),
                markers.StartsAt(MarkerKind.Condition, first),
                inClause(MarkerKind.Reference),
                inClause(MarkerKind.Restriction),
                scope);
        }

        var segments = new Segment[n == 0 ? 0 : segment + 1];
        for (var s = segments.Length - 1; s >= 0; s--)
        {
            var (first, last) = Span(segmentOf, s);
            var role = markers.StartsAt(MarkerKind.Concession, first) ? Role.Concession
                : markers.StartsAt(MarkerKind.Exception, first) ? Role.Exception
                : markers.StartsAt(MarkerKind.Contrast, first) ? Role.Contrast
                : Role.Plain;
            var next = s + 1 < segments.Length && segments[s + 1].Sentence == sentenceOf[first] ? segments[s + 1] : null;
            segments[s] = new Segment(s, sentenceOf[first], first, last, role, next is not null && (next.Role == Role.Contrast || next.IsBeforeContrast));
        }

        return new TextLayout(sentenceOf, clauseOf, segmentOf, clauses, segments);
    }

    private static (int First, int Last) Span(int[] indexOf, int index) =>
        (Array.IndexOf(indexOf, index), Array.LastIndexOf(indexOf, index));
}
