using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// Scores free text against the lexicon's signal phrases. Longer and focus-point-specific phrases
/// weigh more; a negation shortly before a phase-2/3 signal makes it a phase-1 signal. Strong
/// signals of both phase 1 and phase 3 mean "partly": phase 2. A tie or no signal is "unsure".
/// </summary>
internal sealed class LexiconScorer
{
    private const int NegationWindow = 3;
    private const double SpecificWeight = 1.5;
    private const double MixedRatio = 0.5;
    private const double ContrastWeight = 1.5;

    private readonly Dictionary<string, string> _synonyms;
    private readonly HashSet<string> _negations;
    private readonly HashSet<string> _contrasts;
    private readonly List<Signal> _general;
    private readonly Dictionary<string, List<Signal>> _specific;

    public LexiconScorer(Lexicon lexicon)
    {
        _synonyms = lexicon.Synonyms.ToDictionary(s => TextNormalizer.Normalize(s.Key), s => TextNormalizer.Normalize(s.Value));
        _negations = lexicon.Negations.SelectMany(n => LexiconStems.Of(n)).ToHashSet();
        _contrasts = lexicon.Contrasts.SelectMany(c => LexiconStems.Of(c)).ToHashSet();
        _general = Signals(lexicon.Phrases, 1);
        _specific = lexicon.FocusPoints.ToDictionary(f => f.Key, f => Signals(f.Value.Phrases, SpecificWeight));
    }

    public PhaseRecognition Score(FocusPoint focusPoint, string text)
    {
        var words = LexiconStems.Of(text, _synonyms);
        var used = new bool[words.Length];
        var contrast = Array.FindIndex(words, _contrasts.Contains);
        var scores = new double[4];
        var evidence = new List<(int Phase, double Weight, string Text)>();
        var candidates = _specific.GetValueOrDefault(focusPoint.Id, []).Concat(_general)
            .OrderByDescending(s => s.Stems.Length).ThenByDescending(s => s.Weight);
        foreach (var signal in candidates)
        {
            for (var start = FindFrom(words, used, signal.Stems, 0); start >= 0; start = FindFrom(words, used, signal.Stems, start + 1))
            {
                Array.Fill(used, true, start, signal.Stems.Length);
                var phase = signal.Phase;
                var shown = signal.Text;
                if (phase > 1 && NegationBefore(words, used, start) is { } negation)
                {
                    used[negation] = true;
                    phase = 1;
                    shown = $"{TextNormalizer.Words(text)[negation]} … {signal.Text}";
                }

                var weight = contrast >= 0 && start > contrast ? signal.Weight * ContrastWeight : signal.Weight;
                scores[phase] += weight;
                evidence.Add((phase, weight, shown));
            }
        }

        return Decide(focusPoint.Id, scores, evidence);
    }

    private static PhaseRecognition Decide(string focusPointId, double[] scores, List<(int Phase, double Weight, string Text)> evidence)
    {
        var total = scores.Sum();
        var ranked = new[] { 1, 2, 3 }.Where(p => scores[p] > 0).OrderByDescending(p => scores[p]).ThenBy(p => p).ToList();
        if (ranked.Count == 0)
        {
            return new PhaseRecognition(focusPointId, null, RecognitionKind.Unsure, 0, [], []);
        }

        var best = ranked[0];
        var mixed = scores[1] > 0 && scores[3] > 0 && Math.Min(scores[1], scores[3]) / Math.Max(scores[1], scores[3]) >= MixedRatio;
        if (mixed)
        {
            best = 2;
        }
        else if (ranked.Count > 1 && scores[ranked[1]] == scores[best])
        {
            return new PhaseRecognition(focusPointId, null, RecognitionKind.Unsure, 0.5, ranked, evidence.Select(e => e.Text).ToList());
        }

        var confidence = mixed ? (scores[1] + scores[3]) / total * 0.5 : scores[best] / total;
        var shown = mixed ? evidence : evidence.Where(e => e.Phase == best).ToList();
        return new PhaseRecognition(
            focusPointId,
            best,
            RecognitionKind.Proposal,
            Math.Round(confidence, 2),
            ranked.Where(p => p != best).ToList(),
            shown.OrderByDescending(e => e.Weight).Select(e => e.Text).Distinct().ToList());
    }

    private int? NegationBefore(string[] words, bool[] used, int start)
    {
        for (var i = start - 1; i >= Math.Max(0, start - NegationWindow); i--)
        {
            if (_negations.Contains(words[i]))
            {
                return i;
            }
        }

        return null;
    }

    private static int FindFrom(string[] words, bool[] used, string[] stems, int from)
    {
        for (var start = from; start + stems.Length <= words.Length; start++)
        {
            var match = true;
            for (var k = 0; k < stems.Length && match; k++)
            {
                match = !used[start + k] && words[start + k] == stems[k];
            }

            if (match)
            {
                return start;
            }
        }

        return -1;
    }

    private static List<Signal> Signals(IReadOnlyDictionary<string, IReadOnlyList<string>> phrases, double weight) =>
        phrases
            .Where(p => int.TryParse(p.Key, out var phase) && phase is >= 1 and <= 3)
            .SelectMany(p => p.Value.Select(text => new Signal(int.Parse(p.Key), LexiconStems.Of(text), text, weight * (1 + 0.5 * (LexiconStems.Of(text).Length - 1)))))
            .Where(s => s.Stems.Length > 0)
            .ToList();

    private sealed record Signal(int Phase, string[] Stems, string Text, double Weight);
}
