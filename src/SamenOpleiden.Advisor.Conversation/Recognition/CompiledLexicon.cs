namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>The words that change how a signal is read; see <see cref="Lexicon"/> for each.</summary>
internal enum MarkerKind
{
    NotNegation,
    Hedge,
    Negation,
    Contrast,
    Concession,
    Exception,
    Condition,
    ClauseBreak,
    Reference,
    Restriction,
    IndirectQuestion,
    Within,
    Between,
    Past,
    Present,
}

/// <summary>A signal phrase: the phase it means and how much it weighs.</summary>
internal sealed record Signal(LexiconPattern Pattern, int Phase, double Weight);

/// <summary><see cref="Lexicon"/> compiled once into patterns, signals ordered longest first.</summary>
internal sealed class CompiledLexicon
{
    /// <summary>Focus point phrases weigh more than general ones.</summary>
    public const double SpecificWeight = 1.5;

    /// <summary>Common words ("samen", "eigen") weigh this much of a real signal.</summary>
    public const double WeakWeight = 0.4;

    /// <summary>Each word beyond the first adds this much weight: a longer phrase says more.</summary>
    private const double PerExtraWord = 0.25;

    private readonly List<Signal> _general;
    private readonly Dictionary<string, List<Signal>> _specific;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PatternIndex<Signal>> _signalIndexes = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PatternIndex<(MarkerKind Kind, LexiconPattern Pattern)>> _markerIndexes = new();

    public CompiledLexicon(Lexicon lexicon)
    {
        Synonyms = lexicon.Synonyms.ToDictionary(s => TextNormalizer.Normalize(s.Key), s => TextNormalizer.Normalize(s.Value));
        FunctionWords = lexicon.FunctionWords.Select(TextNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);
        Markers = new Dictionary<MarkerKind, IReadOnlyList<LexiconPattern>>
        {
            [MarkerKind.NotNegation] = Patterns(lexicon.NotNegations),
            [MarkerKind.Hedge] = Patterns(lexicon.Hedges),
            [MarkerKind.Negation] = Patterns(lexicon.Negations),
            [MarkerKind.Contrast] = Patterns(lexicon.Contrasts),
            [MarkerKind.Concession] = Patterns(lexicon.Concessions),
            [MarkerKind.Exception] = Patterns(lexicon.Exceptions),
            [MarkerKind.Condition] = Patterns(lexicon.Conditions),
            [MarkerKind.ClauseBreak] = Patterns(lexicon.ClauseBreaks),
            [MarkerKind.Reference] = Patterns(lexicon.References),
            [MarkerKind.Restriction] = Patterns(lexicon.Restrictions),
            [MarkerKind.IndirectQuestion] = Patterns(lexicon.IndirectQuestions),
            [MarkerKind.Within] = Patterns(lexicon.Within),
            [MarkerKind.Between] = Patterns(lexicon.Between),
            [MarkerKind.Past] = Patterns(lexicon.Past),
            [MarkerKind.Present] = Patterns(lexicon.Present),
        };
        _general = [.. Signals(lexicon.Phrases, 1), .. Signals(lexicon.WeakPhrases, WeakWeight)];
        _specific = lexicon.FocusPoints.ToDictionary(f => f.Key, f => Signals(f.Value.Phrases, SpecificWeight));
    }

    public IReadOnlyDictionary<string, string> Synonyms { get; }

    /// <summary>Words a proposal never rests on (<see cref="Lexicon.FunctionWords"/>), normalised.</summary>
    public IReadOnlySet<string> FunctionWords { get; }

    public IReadOnlyDictionary<MarkerKind, IReadOnlyList<LexiconPattern>> Markers { get; }

    /// <summary>The signals for one focus point, longest and heaviest first (so a phrase wins over the words inside it), indexed by their first word; built once per focus point.</summary>
    public PatternIndex<Signal> SignalsFor(string focusPointId) =>
        _signalIndexes.GetOrAdd(focusPointId, id => new PatternIndex<Signal>(
            [.. _specific.GetValueOrDefault(id, []).Concat(_general).OrderByDescending(s => s.Pattern.Length).ThenByDescending(s => s.Weight)],
            s => s.Pattern));

    /// <summary>The markers of <paramref name="kinds"/>, longest phrase first across the kinds, indexed by their first word; built once per set of kinds.</summary>
    public PatternIndex<(MarkerKind Kind, LexiconPattern Pattern)> MarkersOf(params MarkerKind[] kinds) =>
        _markerIndexes.GetOrAdd(string.Join(',', kinds), _ => new PatternIndex<(MarkerKind Kind, LexiconPattern Pattern)>(
            [.. kinds.SelectMany(k => Markers[k].Select(p => (Kind: k, Pattern: p))).OrderByDescending(x => x.Pattern.Length)],
            x => x.Pattern));

    private static List<LexiconPattern> Patterns(IEnumerable<string> phrases) =>
        [.. phrases.Select(p => LexiconPattern.Compile(p, stemmed: false)).OfType<LexiconPattern>().OrderByDescending(p => p.Length)];

    private static List<Signal> Signals(IReadOnlyDictionary<string, IReadOnlyList<string>> phrases, double weight) =>
        [.. phrases
            .Where(p => int.TryParse(p.Key, out var phase) && phase is >= 1 and <= 3)
            .SelectMany(p => p.Value.Select(text => (Phase: int.Parse(p.Key), Pattern: LexiconPattern.Compile(text))))
            .Where(s => s.Pattern is not null)
            .Select(s => new Signal(s.Pattern!, s.Phase, weight * (1 + PerExtraWord * (s.Pattern!.Length - 1))))];
}
