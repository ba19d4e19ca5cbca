namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// A text as the reader sees it: its words; the lexicon's signals read in their place; every other word read in
/// its place too (for the learned word weights); the positions of the negation and hedge words; and per word
/// the clause it stands in; and the words of two negations that cancel each other ("geen ... zonder").
/// </summary>
internal sealed record TextAnalysis(ReadToken[] Tokens, IReadOnlyList<SignalReading> Signals, IReadOnlyList<SignalReading> Words, IReadOnlyList<int> MarkerWords, IReadOnlyList<int> ClauseOf, IReadOnlySet<int> CancelledNegations);
