using System.Text.Json.Serialization;

namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// The recogniser's vocabulary, as <c>rules/lexicon.json</c> holds it: words that mean the same,
/// negations, and signal phrases per phase — general ones and ones for a single focus point.
/// Coordinators extend it; <see cref="LexiconValidator"/> checks it.
/// </summary>
public sealed record Lexicon
{
    /// <summary>A word respondents use mapped to the word the phrases use, e.g. "personeelszaken" to "hr".</summary>
    public IReadOnlyDictionary<string, string> Synonyms { get; init; } = new Dictionary<string, string>();

    /// <summary>Words that turn a following signal of phase 2 or 3 into a phase-1 signal ("nog niet geborgd").</summary>
    public IReadOnlyList<string> Negations { get; init; } = [];

    /// <summary>Words after which the text says how things really are ("wel X, maar Y"): signals after them weigh more.</summary>
    public IReadOnlyList<string> Contrasts { get; init; } = [];

    /// <summary>Phase ("1"-"3") to signal phrases that mean that phase for any focus point.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Focus point id to its own signal phrases per phase; these weigh more than general ones.</summary>
    public IReadOnlyDictionary<string, FocusPointLexicon> FocusPoints { get; init; } = new Dictionary<string, FocusPointLexicon>();

    /// <summary>Free text for the coordinator; ignored.</summary>
    [JsonPropertyName("$comment")]
    public string? Comment { get; init; }
}

/// <summary>Signal phrases of one focus point, per phase ("1"-"3").</summary>
public sealed record FocusPointLexicon
{
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Free text for the coordinator; ignored.</summary>
    [JsonPropertyName("$comment")]
    public string? Comment { get; init; }
}
