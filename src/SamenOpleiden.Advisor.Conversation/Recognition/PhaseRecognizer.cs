using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// Reads an answer to a focus point question: first the exact forms (button, number, phase
/// name, descriptor, "weet ik niet"), then the respondent's own words against the lexicon.
/// </summary>
public sealed class PhaseRecognizer : IPhaseRecognizer
{
    private readonly TypologyModel _typology;
    private readonly ExactPhaseMatcher _exact;
    private readonly LexiconScorer? _lexicon;

    /// <param name="typology">The focus points and their descriptors.</param>
    /// <param name="lexicon">Signal phrases for free text; without it free text is never proposed.</param>
    public PhaseRecognizer(TypologyModel typology, Lexicon? lexicon)
    {
        _typology = typology;
        _exact = new ExactPhaseMatcher(typology);
        _lexicon = lexicon is null ? null : new LexiconScorer(lexicon);
    }

    public PhaseRecognition Recognise(string focusPointId, string text)
    {
        var focusPoint = _typology.Find(focusPointId)
            ?? throw new ArgumentException($"Unknown focus point '{focusPointId}'.", nameof(focusPointId));
        return _exact.Match(focusPoint, text)
            ?? _lexicon?.Score(focusPoint, text)
            ?? new PhaseRecognition(focusPointId, null, RecognitionKind.Unsure, 0, [], []);
    }
}
