namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// Turns the signals as read into a reading. Per phase the strongest piece of evidence counts in full and
/// each further one for less (so one clear phrase outweighs a generic word said three times). Two
/// neighbouring phases about equally strong is a conflict: both are offered. Phase 1 and phase 3 about
/// equally strong means "partly": phase 2 is proposed, quoting both.
/// </summary>
internal static class ReadingDecision
{
    /// <summary>Each further piece of evidence for a phase counts this much of the one before it.</summary>
    private const double Decay = 0.5;

    /// <summary>Below this the evidence is too thin to propose anything: one common word ("regionaal") is not enough.</summary>
    private const double MinimumScore = 0.45;

    /// <summary>A runner-up with evidence of its own at least this share of the best is a conflict.</summary>
    private const double ConflictRatio = 0.8;

    /// <summary>Phase-1 and phase-3 evidence with the weaker at least this share of the stronger reads as phase 2.</summary>
    private const double MixedRatio = 0.5;

    private const int QuotesShown = 2;

    public static PhaseRecognition Decide(string focusPointId, IReadOnlyList<SignalReading> readings, Func<SignalReading, string> quote)
    {
        var scores = new double[4];
        for (var phase = 1; phase <= 3; phase++)
        {
            var contributions = readings.Select(r => r.Strength(phase)).Where(c => c > 0).OrderDescending();
            scores[phase] = contributions.Select((c, i) => c * Math.Pow(Decay, i)).Sum();
        }

        var ranked = new[] { 1, 2, 3 }.OrderByDescending(p => scores[p]).ThenBy(p => p).ToList();
        var (best, second) = (ranked[0], ranked[1]);
        if (scores[best] < MinimumScore)
        {
            return PhaseRecognition.Unsure(focusPointId);
        }

        var confidence = Math.Round(scores[best] / scores.Sum(), 2);
        // Only evidence of its own makes the runner-up a rival: one denied phase-3 phrase leans to 1 without being a conflict.
        var close = scores[second] >= ConflictRatio * scores[best] && readings.Any(r => r.Phase == second);
        // Evidence for both ends (phase 1 and 3) is not settled by the stronger end: "partly" is the middle.
        var otherEnd = 4 - best;
        if (best != 2 && scores[otherEnd] >= MixedRatio * scores[best] && readings.Any(r => r.Phase == otherEnd && !r.IsWeak))
        {
            var mixed = Strongest(readings, 1, 1).Concat(Strongest(readings, 3, 1)).ToList();
            return new PhaseRecognition(focusPointId, 2, RecognitionKind.Proposal, confidence, [best, otherEnd], Quotes(mixed, quote));
        }

        if (close)
        {
            var both = Strongest(readings, best, 1).Concat(Strongest(readings, second, 1)).ToList();
            return new PhaseRecognition(focusPointId, best, RecognitionKind.Conflict, confidence, [second], Quotes(both, quote));
        }

        var alternatives = ranked.Skip(1).Where(p => scores[p] >= MinimumScore).ToList();
        return new PhaseRecognition(focusPointId, best, RecognitionKind.Proposal, confidence, alternatives, Quotes(Strongest(readings, best, QuotesShown), quote));
    }

    /// <summary>The readings that point at <paramref name="phase"/>, strongest first.</summary>
    private static IEnumerable<SignalReading> Strongest(IReadOnlyList<SignalReading> readings, int phase, int count) =>
        readings.Where(r => r.Phase == phase).OrderByDescending(r => r.Strength(phase)).Take(count);

    /// <summary>The quotes, leaving out one that a longer quote already holds ("kader" beside "regionaal kader").</summary>
    private static List<QuotedEvidence> Quotes(IEnumerable<SignalReading> readings, Func<SignalReading, string> quote)
    {
        var quotes = readings.Select(r => new QuotedEvidence(quote(r), r.Phase)).ToList();
        return quotes.Where((q, i) => !quotes.Where((other, j) => j != i && other.Quote.Length >= q.Quote.Length && other.Quote.Contains(q.Quote) && (other.Quote != q.Quote || j < i)).Any()).ToList();
    }
}
