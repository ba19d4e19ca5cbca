namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// Turns a text as read into a reading. Two kinds of evidence add up per phase: the lexicon's signals (the
/// strongest in full, each further one for less, so one clear phrase outweighs a generic word said three times)
/// and the learned word weights (a probability per phase from all the words as read in their place). Two
/// neighbouring phases about equally strong is a conflict: both are offered. Phase 1 and phase 3 both strong
/// means "partly": phase 2 is proposed, quoting both ends, rather than risking the wrong end.
/// </summary>
internal static class ReadingDecision
{
    /// <summary>Each further signal for a phase counts this much of the one before it.</summary>
    private const double Decay = 0.5;

    /// <summary>How much the learned words weigh beside the signals: a probability of 1 counts as four clear phrases.</summary>
    private const double LearnedWeight = 4;

    /// <summary>
    /// The learned words weigh in full from this many known words on, less in a shorter answer: a terse answer
    /// ("Loopbaanbeleid is sectoraal.") rests more on the lexicon's phrases than on a few words' weights.
    /// </summary>
    private const double FullWeightWords = 10;

    /// <summary>Below this the signals are too thin to propose anything: one common word ("regionaal") is not enough.</summary>
    private const double MinimumScore = 0.45;

    /// <summary>Without a signal, the learned words must be at least this sure of one phase to propose it.</summary>
    private const double LearnedMinimum = 0.45;

    /// <summary>Without a signal, this many known words at least: one or two common words ("regionaal", "elk partnerschap") decide nothing.</summary>
    private const int LearnedMinimumWords = 3;

    /// <summary>A runner-up with evidence of its own at least this share of the best is a conflict.</summary>
    private const double ConflictRatio = 0.8;

    /// <summary>Evidence for the other end at least this share of the best end reads as phase 2.</summary>
    private const double MixedRatio = 0.65;

    /// <summary>Without a clear signal for it, the other end must be at least this likely by the learned words to make a text "partly".</summary>
    private const double OtherEndMinimum = 0.25;

    private const int QuotesShown = 2;

    /// <summary>The learned words are quoted as the run of at most this many words of one clause that points at the phase most.</summary>
    private const int WordsQuoted = 7;

    /// <summary>Per phase (index 1-3) the signals' evidence: the strongest in full, each further one half of the one before.</summary>
    public static double[] Scores(IReadOnlyList<SignalReading> readings)
    {
        var scores = new double[4];
        for (var phase = 1; phase <= 3; phase++)
        {
            var contributions = readings.Select(r => r.Strength(phase)).Where(c => c > 0).OrderDescending();
            scores[phase] = contributions.Select((c, i) => c * Math.Pow(Decay, i)).Sum();
        }

        return scores;
    }

    /// <param name="focusPointId">The focus point asked about.</param>
    /// <param name="analysis">The text as read.</param>
    /// <param name="learned">What the learned word weights make of it, or null without weights.</param>
    /// <param name="quote">The respondent's own words at the given positions.</param>
    public static PhaseRecognition Decide(string focusPointId, TextAnalysis analysis, LearnedReading? learned, Func<IEnumerable<int>, string> quote)
    {
        var evidence = new Evidence(analysis, learned, quote);
        var signals = Scores(analysis.Signals);
        var scores = new double[4];
        var learnedWeight = LearnedWeight * Math.Min(1, (learned?.KnownWords ?? 0) / FullWeightWords);
        for (var phase = 1; phase <= 3; phase++)
        {
            scores[phase] = signals[phase] + learnedWeight * (learned?.Probabilities[phase - 1] ?? 0);
        }

        if (signals.Max() < MinimumScore && (learned is null || learned.KnownWords < LearnedMinimumWords || learned.Probabilities.Max() < LearnedMinimum))
        {
            return PhaseRecognition.Unsure(focusPointId);
        }

        var ranked = new[] { 1, 2, 3 }.OrderByDescending(p => scores[p]).ThenBy(p => p).ToList();
        var (best, second) = (ranked[0], ranked[1]);
        var confidence = Math.Round(scores[best] / scores.Sum(), 2);
        var otherEnd = 4 - best;
        if (best != 2 && SetsAside(analysis, best))
        {
            return OtherTwo(focusPointId, analysis, evidence, best, confidence);
        }

        if (best != 2 && scores[otherEnd] >= MixedRatio * scores[best] && (analysis.Signals.Any(r => r.Phase == otherEnd && !r.IsWeak) || (learned?.Probabilities[otherEnd - 1] ?? 0) >= OtherEndMinimum))
        {
            return new PhaseRecognition(focusPointId, 2, RecognitionKind.Proposal, confidence, [best, otherEnd], Distinct([.. evidence.For(best, 1), .. evidence.For(otherEnd, 1)]));
        }

        // Only evidence of its own makes the runner-up a rival: one denied phase-3 phrase leans to 1 without being a conflict.
        // Phrases for both that are about equally strong are a conflict too, whatever the other words add to one of them.
        var rival = analysis.Signals.Any(r => r.Phase == second && !r.IsWeak);
        if (rival && (scores[second] >= ConflictRatio * scores[best] || Math.Min(signals[best], signals[second]) >= ConflictRatio * Math.Max(signals[best], signals[second])))
        {
            return new PhaseRecognition(focusPointId, best, RecognitionKind.Conflict, confidence, [second], Distinct([.. evidence.For(best, 1), .. evidence.For(second, 1)]));
        }

        // A proposal names the words it rests on; with none to name it is no proposal.
        var quotes = Distinct(evidence.For(best, QuotesShown));
        var alternatives = ranked.Skip(1).Where(p => scores[p] >= ConflictRatio * scores[best] / 2).ToList();
        return quotes.Count == 0
            ? PhaseRecognition.Unsure(focusPointId)
            : new PhaseRecognition(focusPointId, best, RecognitionKind.Proposal, confidence, alternatives, quotes);
    }

    /// <summary>
    /// The respondent says outright that the end phase <paramref name="best"/>'s signal does not hold ("niet in één
    /// persoon") or held only in the past: that end is not proposed on the other words; the two other phases are
    /// offered, phase 2 first: what is left of a text whose strongest end was set aside never reads as the other end
    /// outright. With no signal for either, only a past ("In het begin deed iedere school haar eigen evaluaties."), it
    /// is not sure.
    /// </summary>
    private static PhaseRecognition OtherTwo(string focusPointId, TextAnalysis analysis, Evidence evidence, int best, double confidence)
    {
        var (lean, other) = (2, 4 - best);
        var (forLean, forOther) = (evidence.For(lean, QuotesShown), evidence.For(other, 1));
        if (forLean.Count == 0 || !analysis.Signals.Any(r => r.Phase != best && !r.IsWeak))
        {
            return PhaseRecognition.Unsure(focusPointId);
        }

        return forOther.Count == 0
            ? new PhaseRecognition(focusPointId, lean, RecognitionKind.Proposal, confidence, [other], Distinct(forLean))
            : new PhaseRecognition(focusPointId, lean, RecognitionKind.Conflict, confidence, [other], Distinct([.. forLean.Take(1), .. forOther]));
    }

    /// <summary>
    /// Whether the text sets the signals of <paramref name="phase"/> aside (denied outright or in the past, see
    /// <see cref="SignalReading.IsSetAside"/>) without any real signal of its own still pointing at it as a fact (one under
    /// a condition, "als de coördinator vertrekt", says what might happen).
    /// </summary>
    private static bool SetsAside(TextAnalysis analysis, int phase) =>
        analysis.Signals.Any(r => r.LexiconPhase == phase && r.IsSetAside && !r.IsWeak)
        && !analysis.Signals.Any(r => r.Phase == phase && !r.IsSetAside && !r.IsConditional && !r.IsWeak);

    /// <summary>The quotes, leaving out one that a longer quote already holds ("kader" beside "regionaal kader").</summary>
    private static List<QuotedEvidence> Distinct(IReadOnlyList<QuotedEvidence> quotes) =>
        [.. quotes.Where((q, i) => !quotes.Where((other, j) => j != i && other.Quote.Length >= q.Quote.Length && other.Quote.Contains(q.Quote) && (other.Quote != q.Quote || j < i)).Any())];

    /// <summary>The respondent's words for a phase: the signals that point at it and the learned words that point at it most.</summary>
    private sealed class Evidence(TextAnalysis analysis, LearnedReading? learned, Func<IEnumerable<int>, string> quote)
    {
        /// <summary>
        /// At most <paramref name="count"/> quotes for <paramref name="phase"/>, the stronger kind of evidence first:
        /// the strongest signals, and the learned words that point at it most, quoted together with what denies or hedges them.
        /// </summary>
        public List<QuotedEvidence> For(int phase, int count)
        {
            var signals = analysis.Signals.Where(r => r.Phase == phase).OrderByDescending(r => r.Strength(phase)).ToList();
            var fromSignals = signals.Select(r => r.Positions.Concat(r.Modifiers).ToHashSet());
            var fromWords = learned is null ? [] : LearnedQuote(learned.WordsFor(phase)) is { } words ? new[] { words.ToHashSet() } : [];
            var signalsFirst = signals.Count > 0 && signals[0].Strength(phase) >= LearnedWeight * (learned?.Probabilities[phase - 1] ?? 0) / 2;
            return [.. Apart(signalsFirst ? fromSignals.Concat(fromWords) : fromWords.Concat(fromSignals), count).Select(p => new QuotedEvidence(quote(p), phase))];
        }

        /// <summary>
        /// The first <paramref name="count"/> quotes that show different words: one sharing words with a quote taken
        /// before it is left out ("doen er verder weinig mee" and "doelen … weinig mee" said the same twice), unless it
        /// holds all of that quote's words, when it takes its place.
        /// </summary>
        private static List<HashSet<int>> Apart(IEnumerable<HashSet<int>> candidates, int count)
        {
            var chosen = new List<HashSet<int>>();
            foreach (var positions in candidates.TakeWhile(_ => chosen.Count < count))
            {
                var shared = chosen.FindIndex(c => c.Overlaps(positions));
                if (shared < 0)
                {
                    chosen.Add(positions);
                }
                else if (positions.IsSupersetOf(chosen[shared]))
                {
                    chosen[shared] = positions;
                }
            }

            return chosen;
        }

        /// <summary>
        /// The learned words' quote: the run of at most <see cref="WordsQuoted"/> words within one clause that points
        /// at the phase most ("dan weet eigenlijk niemand hoe"), from and to a word that points at it (never a cancelled negation).
        /// </summary>
        private List<int>? LearnedQuote(IReadOnlyList<(int Position, double Lift)> words)
        {
            // A negation cancelled by a second one ("nooit ... zonder") affirms only with its partner: quoted alone it would say the opposite.
            var lift = words.Where(w => !analysis.CancelledNegations.Contains(w.Position)).ToDictionary(w => w.Position, w => w.Lift);
            var best = (Start: -1, End: -1, Sum: 0.0);
            foreach (var start in lift.Keys)
            {
                var ends = lift.Keys.Where(e => e >= start && e - start < WordsQuoted && analysis.ClauseOf[e] == analysis.ClauseOf[start]);
                foreach (var end in ends)
                {
                    var sum = lift.Where(w => w.Key >= start && w.Key <= end).Sum(w => w.Value);
                    best = sum > best.Sum ? (start, end, sum) : best;
                }
            }

            return best.Start < 0 ? null : [.. Enumerable.Range(best.Start, best.End - best.Start + 1).SelectMany(WithModifiers)];
        }

        private IEnumerable<int> WithModifiers(int position) =>
            analysis.Words.FirstOrDefault(w => w.Positions[0] == position) is { } word ? word.Modifiers.Prepend(position) : [position];
    }
}
