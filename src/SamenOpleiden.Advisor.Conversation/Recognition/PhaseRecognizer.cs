using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// Reads an answer to a focus point question: first the exact forms (button, number, phase
/// name, descriptor, "weet ik niet"), then a phase stated by its number with a hedge ("2 denk ik",
/// "tussen 1 en 2"), then the respondent's own words with the lexicon.
/// </summary>
public sealed class PhaseRecognizer : IPhaseRecognizer
{
    private readonly TypologyModel _typology;
    private readonly ExactPhaseMatcher _exact;
    private readonly SituationReader? _reader;

    /// <param name="typology">The focus points and their descriptors.</param>
    /// <param name="lexicon">Signal phrases for free text, with the learned word weights; without it free text is never proposed.</param>
    public PhaseRecognizer(TypologyModel typology, Lexicon? lexicon)
    {
        _typology = typology;
        _exact = new ExactPhaseMatcher(typology);
        _reader = lexicon is null ? null : new SituationReader(new CompiledLexicon(lexicon), lexicon.Weights);
    }

    public PhaseRecognition Recognise(string focusPointId, string text)
    {
        var focusPoint = _typology.Find(focusPointId)
            ?? throw new ArgumentException($"Unknown focus point '{focusPointId}'.", nameof(focusPointId));
        return _exact.Match(focusPoint, text)
            ?? StatedPhaseMatcher.Match(focusPointId, text)
            ?? _reader?.Read(focusPoint, text)
            ?? PhaseRecognition.Unsure(focusPointId);
    }
}
