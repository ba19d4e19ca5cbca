using SamenOpleiden.Advisor.Conversation.Recognition;

namespace SamenOpleiden.Advisor.Recognition.Evaluation;

/// <summary>How a proposal compares with the label.</summary>
public enum MeasuredOutcome
{
    /// <summary>The label or its defensible neighbour ("also").</summary>
    Right,

    /// <summary>No proposal: the respondent is shown the choices.</summary>
    Unsure,

    /// <summary>A neighbouring phase that the label does not accept.</summary>
    OneOff,

    /// <summary>1 for 3 or 3 for 1: the mistake that must never happen.</summary>
    TwoOff,
}

/// <summary>One labelled text and what the recogniser made of it.</summary>
public sealed record MeasuredText(LabelledText Item, PhaseRecognition Recognition)
{
    /// <summary>The phase the recogniser proposes first (a two-phase offer counts by the phase it leans to).</summary>
    public int? Read => Recognition.Phase;

    public MeasuredOutcome Outcome => Read switch
    {
        null => MeasuredOutcome.Unsure,
        { } p when p == Item.Phase || p == Item.Also => MeasuredOutcome.Right,
        { } p when Math.Abs(p - Item.Phase) == 1 => MeasuredOutcome.OneOff,
        _ => MeasuredOutcome.TwoOff,
    };
}

/// <summary>The figures of one set: counts per outcome and the confusion of label against proposal.</summary>
public sealed record SetMeasurement(string Set, IReadOnlyList<MeasuredText> Rows)
{
    public int Count(MeasuredOutcome outcome) => Rows.Count(r => r.Outcome == outcome);

    public double Share(MeasuredOutcome outcome) => Rows.Count == 0 ? 0 : (double)Count(outcome) / Rows.Count;

    /// <summary>Right because the proposal is the neighbouring phase the label also accepts.</summary>
    public int RightByAlso => Rows.Count(r => r.Outcome == MeasuredOutcome.Right && r.Read != r.Item.Phase);

    /// <summary>Texts whose evidence conflicted, so two phases were offered (counted above by the phase the reader leans to).</summary>
    public int TwoOffered => Rows.Count(r => r.Recognition.Kind == RecognitionKind.Conflict);

    /// <summary>Of <see cref="TwoOffered"/>, those where the label or its "also" is one of the two phases offered.</summary>
    public int TwoOfferedWithLabel => Rows.Count(r => r.Recognition.Kind == RecognitionKind.Conflict
        && new[] { r.Read, r.Recognition.Alternatives[0] }.Any(p => p == r.Item.Phase || p == r.Item.Also));

    /// <summary>How many texts labelled <paramref name="label"/> were read as <paramref name="read"/> (null: unsure).</summary>
    public int Confusion(int label, int? read) => Rows.Count(r => r.Item.Phase == label && r.Read == read);
}

/// <summary>Runs the recogniser over a set of labelled texts.</summary>
public static class RecogniserMeasurement
{
    public static SetMeasurement Measure(IPhaseRecognizer recognizer, string set, IEnumerable<LabelledText> items) =>
        new(set, items.Select(item => new MeasuredText(item, recognizer.Recognise(item.FocusPoint, item.Text))).ToList());
}
