using System.Text.Json.Serialization;

namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// The recogniser's vocabulary, as <c>rules/lexicon.json</c> holds it: signal phrases per phase (general
/// ones, weak ones and ones for a single focus point) and the words that change how a signal is read —
/// negations, hedges, contrasts, concessions, conditions, references back and within/between scopes.
/// Coordinators extend it; <see cref="LexiconValidator"/> checks it. Phrase syntax: words are matched
/// after Dutch stemming; <c>woord*</c> matches a word that starts with "woord", <c>*woord</c> one that
/// ends with it (the head of a compound); <c>...</c> stands for up to four words within one clause.
/// </summary>
public sealed record Lexicon
{
    /// <summary>A word respondents use mapped to the word the phrases use, e.g. "personeelszaken" to "hr".</summary>
    public IReadOnlyDictionary<string, string> Synonyms { get; init; } = new Dictionary<string, string>();

    /// <summary>Words that deny the signals of their clause, before or after them ("een gezamenlijk budget hebben we nog niet").</summary>
    public IReadOnlyList<string> Negations { get; init; } = [];

    /// <summary>Phrases with a negation word that do not deny ("niet alleen ... maar ook"); they are read before the negations.</summary>
    public IReadOnlyList<string> NotNegations { get; init; } = [];

    /// <summary>Words that make their part of the sentence partial ("deels", "steeds meer", "nog niet overal"): a signal there is half-way.</summary>
    public IReadOnlyList<string> Hedges { get; init; } = [];

    /// <summary>Words after which the text says how things really are ("wel X, maar Y"): what follows weighs more.</summary>
    public IReadOnlyList<string> Contrasts { get; init; } = [];

    /// <summary>Words that concede a point before the real one ("hoewel X, Y"): their part weighs less.</summary>
    public IReadOnlyList<string> Concessions { get; init; } = [];

    /// <summary>Words that open an exception to the rest when they start a clause ("..., alleen het mbo doet nog niet mee"): it weighs less.</summary>
    public IReadOnlyList<string> Exceptions { get; init; } = [];

    /// <summary>Words that make a clause hypothetical ("als de trekker vertrekt, ..."): its signals weigh less.</summary>
    public IReadOnlyList<string> Conditions { get; init; } = [];

    /// <summary>Words that start a new clause, so a negation in one does not reach into the next ("omdat", "want").</summary>
    public IReadOnlyList<string> ClauseBreaks { get; init; } = [];

    /// <summary>Words opening a sentence that refers back ("Dat geldt niet voor het mbo."): its negation or hedge applies to the sentence before.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    /// <summary>Words that make such a referring sentence a restriction ("geldt ... voor") rather than a denial.</summary>
    public IReadOnlyList<string> Restrictions { get; init; } = [];

    /// <summary>
    /// A verb of asking or checking with the "of" (whether) it takes ("gevraagd of", "kijkt of", "maakt ... uit of"): a negation
    /// before it reaches over the whole question ("Niemand vroeg of het de eigen school iets opleverde"): what nobody asks is no
    /// consideration.
    /// </summary>
    public IReadOnlyList<string> IndirectQuestions { get; init; } = [];

    /// <summary>Phrases that put their part of the sentence inside one partnership or board ("binnen ons partnerschap").</summary>
    public IReadOnlyList<string> Within { get; init; } = [];

    /// <summary>Phrases that put their part of the sentence between partnerships or region-wide ("tussen de partnerschappen").</summary>
    public IReadOnlyList<string> Between { get; init; } = [];

    /// <summary>Words that put a sentence in the past ("vroeger", "in het begin"): the question is where the region stands now, so it weighs less.</summary>
    public IReadOnlyList<string> Past { get; init; } = [];

    /// <summary>Words that bring a sentence about the past back to now ("vroeger ..., nu ..."): from their clause on it weighs in full again.</summary>
    public IReadOnlyList<string> Present { get; init; } = [];

    /// <summary>Words that say nothing about a phase on their own ("de", "is", "we"): a proposal never rests on them.</summary>
    public IReadOnlyList<string> FunctionWords { get; init; } = [];

    /// <summary>Phase ("1"-"3") to signal phrases that mean that phase for any focus point.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Phase to common words that lean towards it ("samen", "eigen"): they weigh less and never decide against a real signal.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> WeakPhrases { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Focus point id to its own signal phrases per phase; these weigh more than general ones.</summary>
    public IReadOnlyDictionary<string, FocusPointLexicon> FocusPoints { get; init; } = new Dictionary<string, FocusPointLexicon>();

    /// <summary>Free text for the coordinator; ignored.</summary>
    [JsonPropertyName("$comment")]
    public string? Comment { get; init; }

    /// <summary>The word weights learned from the labelled examples (<c>rules/word-weights.json</c>), or null: then only the phrases are read.</summary>
    [JsonIgnore]
    internal WordWeights? Weights { get; init; }

    /// <summary>The lexicon read with its phrases alone, as before word weights: the baseline the measurement compares with.</summary>
    public Lexicon WithoutWordWeights() => this with { Weights = null };
}

/// <summary>Signal phrases of one focus point, per phase ("1"-"3").</summary>
public sealed record FocusPointLexicon
{
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Free text for the coordinator; ignored.</summary>
    [JsonPropertyName("$comment")]
    public string? Comment { get; init; }
}
