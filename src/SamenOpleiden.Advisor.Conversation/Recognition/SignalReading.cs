namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// One signal as read in its place: which words, where they stand, what changed their meaning (the
/// positions of a negation or hedge, quoted with them) and what they now say per phase.
/// </summary>
internal sealed class SignalReading(int phase, double weight, int[] positions)
{
    private static readonly double[][] Plain = [[], [1, 0.25, 0], [0.25, 1, 0.25], [0, 0.25, 1]];
    private static readonly double[][] Denied = [[], [0, 0.75, 0.7], [1, 0.2, 0], [0.8, 0.6, 0]];
    private static readonly double[][] Partial = [[], [1, 0.5, 0], [0.5, 1, 0], [0, 1, 0.6]];
    private static readonly double[] InsideOne = [0.6, 0.2, 0];

    private readonly List<int> _modifiers = [];

    /// <summary>The phase the lexicon gives the words, before negations and hedges.</summary>
    public int LexiconPhase { get; } = phase;

    public int[] Positions { get; } = positions;

    /// <summary>The words of a negation or hedge that changed what the signal says.</summary>
    public IReadOnlyList<int> Modifiers => _modifiers;

    public int Sentence { get; private set; }

    public int Clause { get; private set; }

    public int Segment { get; private set; }

    /// <summary>How strongly it points at phase 1, 2 and 3 (index 0-2).</summary>
    public double[] Vector { get; private set; } = Plain[phase];

    public double Weight { get; private set; } = weight;

    public bool IsDenied { get; private set; }

    public bool IsPartial { get; private set; }

    /// <summary>
    /// The text sets it aside outright: a negation right before it or inside it ("niet in één persoon", "niemand
    /// trekt zich terug"), a clause about the past ("vroeger deed ieder het voor zich") or a concession ("Hoewel elk
    /// bestuur zijn eigen beleid heeft, ..."). A negation reaching back from the end of a clause or from a later
    /// sentence is less sure of what it denies, so it does not count, unless it says "no longer" ("hangt hier niets
    /// meer af"): what held once and has ended is set aside as surely as what was "vroeger".
    /// </summary>
    public bool IsSetAside { get; private set; }

    /// <summary>Said under a condition ("als de coördinator vertrekt, ..."): what might happen, not what is.</summary>
    public bool IsConditional { get; private set; }

    /// <summary>The phase it points at most.</summary>
    public int Phase => Array.IndexOf(Vector, Vector.Max()) + 1;

    /// <summary>A common word ("samen", "eigen") rather than a real signal phrase.</summary>
    public bool IsWeak { get; } = weight < 1;

    /// <summary>True when <paramref name="position"/> lies between its first and last word without being one of them (a gap).</summary>
    public bool Spans(int position) => position > Positions[0] && position < Positions[^1] && !Positions.Contains(position);

    /// <summary>What it adds to <paramref name="phase"/>.</summary>
    public double Strength(int phase) => Vector[phase - 1] * Weight;

    /// <summary>
    /// One word of the text, read in its place like a signal (denied, partial, weighed) for the learned word
    /// weights, which say what it means; the phase given here is never used as evidence.
    /// </summary>
    public static SignalReading Word(int position) => new(2, 1, [position]);

    /// <summary>The words of a within-partnership phrase, or of a denied between scope ("tussen de besturen nog niets"), as phase-1 evidence of their own.</summary>
    public static SignalReading Within(int[] positions, TextLayout layout, double weight)
    {
        var reading = new SignalReading(1, weight, positions) { Vector = InsideOne };
        reading.Place(layout);
        return reading;
    }

    public void Place(TextLayout layout)
    {
        Sentence = layout.SentenceOf[Positions[0]];
        Clause = layout.ClauseOf[Positions[0]];
        Segment = layout.SegmentOf[Positions[0]];
    }

    /// <summary>Denied by the words at <paramref name="by"/> ("nog niet", "geen"); <paramref name="outright"/> when they stand right before or inside it.</summary>
    public void Deny(IEnumerable<int> by, bool outright = false)
    {
        IsDenied = true;
        IsSetAside |= outright;
        Vector = Denied[LexiconPhase];
        _modifiers.AddRange(by);
    }

    /// <summary>Made partial by the words at <paramref name="by"/> ("steeds meer", "deels").</summary>
    public void MakePartial(IEnumerable<int> by)
    {
        IsPartial = true;
        Vector = Partial[LexiconPhase];
        _modifiers.AddRange(by);
    }

    /// <summary>A regional signal said of one partnership only: a little phase-1 evidence.</summary>
    public void InsideOnePartnership(double weight)
    {
        Vector = InsideOne;
        Weight *= weight;
    }

    public void Weigh(double factor) => Weight *= factor;

    /// <summary>Said under a condition: it weighs <paramref name="factor"/> and says what might happen, not what is.</summary>
    public void MakeConditional(double factor)
    {
        Weight *= factor;
        IsConditional = true;
    }

    /// <summary>Said of the past ("vroeger") or only granted ("hoewel ..."): it weighs <paramref name="factor"/> and no longer holds.</summary>
    public void SetAside(double factor)
    {
        Weight *= factor;
        IsSetAside = true;
    }
}
