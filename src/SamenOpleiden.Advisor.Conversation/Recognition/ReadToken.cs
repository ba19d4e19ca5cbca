namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>One word of a respondent's text: normalised, stemmed, and where it stands in the original text.</summary>
/// <param name="Word">Lower case, without diacritics or apostrophes, after the lexicon's synonyms.</param>
/// <param name="Stem">The Dutch stem of <paramref name="Word"/>.</param>
/// <param name="Start">Offset of its first character in the original text.</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="Break">What separates it from the word before: nothing, a clause mark (comma, colon) or a sentence end.</param>
/// <param name="VerbStem">
/// The stem without a final "t": the Dutch stemmer keeps the "t" of a present-tense verb ("ontwerpt", "bepaalt"),
/// so this is what meets "ontwerpen" and "bepalen".
/// </param>
internal readonly record struct ReadToken(string Word, string Stem, int Start, int End, TokenBreak Break, string VerbStem);

/// <summary>The punctuation before a word.</summary>
internal enum TokenBreak
{
    None,
    Clause,
    Sentence,
}
