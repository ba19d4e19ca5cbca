namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>Words from the respondent's own text that a reading rests on, and the phase they point at.</summary>
/// <param name="Quote">Exactly as the respondent typed them, with the negation or hedge that changes their meaning.</param>
/// <param name="Phase">The phase these words point at (after negations and hedges).</param>
public sealed record QuotedEvidence(string Quote, int Phase);
