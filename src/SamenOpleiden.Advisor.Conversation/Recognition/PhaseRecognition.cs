namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// What the recogniser made of an answer to a focus point question.
/// </summary>
/// <param name="FocusPoint">The focus point asked about.</param>
/// <param name="Phase">The phase (1-3) recognised or proposed (with a conflict: the one the evidence leans to), or null.</param>
/// <param name="Kind">Whether the answer was unambiguous, a proposal to confirm, two phases to choose from, "weet ik niet", or not understood.</param>
/// <param name="Confidence">0-1: how clearly the text points at <paramref name="Phase"/>.</param>
/// <param name="Alternatives">Other phases the text also points at, strongest first; with a conflict the first is the other phase offered.</param>
/// <param name="Evidence">The respondent's words the reading rests on, strongest first.</param>
public sealed record PhaseRecognition(
    string FocusPoint,
    int? Phase,
    RecognitionKind Kind,
    double Confidence,
    IReadOnlyList<int> Alternatives,
    IReadOnlyList<QuotedEvidence> Evidence)
{
    /// <summary>Not understood: no phase, nothing to quote.</summary>
    public static PhaseRecognition Unsure(string focusPoint) => new(focusPoint, null, RecognitionKind.Unsure, 0, [], []);
}

/// <summary>How sure the recogniser is.</summary>
public enum RecognitionKind
{
    /// <summary>A button value, a number 1-3, a phase name or a descriptor: take it as given.</summary>
    Exact,

    /// <summary>"weet ik niet": an answer without a phase.</summary>
    DontKnow,

    /// <summary>Free text pointing at a phase: propose it, naming the words it rests on, and ask the respondent to confirm.</summary>
    Proposal,

    /// <summary>Free text whose evidence points at two neighbouring phases about equally: say so and offer both.</summary>
    Conflict,

    /// <summary>Nothing clear: say so and show the choices.</summary>
    Unsure,
}
