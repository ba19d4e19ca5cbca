using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// Reads a respondent's own description of a focus point. It finds the lexicon's signal phrases and reads
/// each in its place: denied by a negation in its clause (Dutch often puts "niet" after the signal: "een
/// gezamenlijk budget hebben we nog niet"), or by a clause of its own that refers back ("Dat werkt nog
/// niet.", "..., maar niemand gebruikt ze"); made partial by a hedge ("steeds meer", "Dat geldt niet voor het
/// mbo."); weighed more after a contrast, less in a concession, a condition or before a "maar"; and a
/// strength inside one partnership is not a regional one. <see cref="ReadingDecision"/> weighs the result.
/// </summary>
internal sealed class SituationReader(CompiledLexicon lexicon, WordWeights? weights)
{
    private const double ContrastWeight = 1.3;
    private const double ExceptionWeight = 0.6;
    private const double BeforeContrastWeight = 0.8;
    private const double ConcessionWeight = 0.4;
    private const double ConditionWeight = 0.4;
    private const double BetweenWeight = 1.2;
    private const double WithinWeight = 0.6;
    private const double WithinMarkerWeight = 0.8;

    /// <summary>"tussen de partnerschappen nog niets" is a clear phase-1 statement: a real signal, not a weak word.</summary>
    private const double NothingBetweenWeight = 1;
    private const double PastWeight = 0.3;

    /// <summary>A question ("Solidariteit tussen besturen?") asks rather than says: its words weigh like a condition's.</summary>
    private const double QuestionWeight = 0.4;

    /// <summary>A negation binds the signals that start within this many words after it.</summary>
    private const int NegationReach = 4;

    /// <summary>"geen" negates the noun phrase it opens ("geen centrale regie"), not a signal further on ("geen partnerschap doet zijn peer review").</summary>
    private const int DeterminerReach = 2;

    /// <summary>A negation this close to the end of its clause ("... hebben we nog niet") denies what came before it.</summary>
    private const int NegationAtEnd = 2;

    /// <summary>A sentence-opening "Dat ..." or "Of ..." of at least this many more words is a clause ("Dat elke school ..."), not a pronoun ("Dat is zo,").</summary>
    private const int SubjectClauseWords = 3;

    /// <summary>A hedge in a first clause this short and without signals ("We zijn op weg:") hedges the rest of its sentence.</summary>
    private const int HedgeClauseWords = 5;

    /// <summary>A clause after a question this short that negates ("Niet echt.", "Nog niet.") answers it.</summary>
    private const int ShortAnswerWords = 3;

    private static readonly MarkerKind[] ReadAfterSignals =
    [
        MarkerKind.Contrast, MarkerKind.Concession, MarkerKind.Exception, MarkerKind.Condition, MarkerKind.ClauseBreak,
        MarkerKind.Reference, MarkerKind.Restriction, MarkerKind.IndirectQuestion, MarkerKind.Within, MarkerKind.Between, MarkerKind.Past, MarkerKind.Present,
    ];

    public PhaseRecognition Read(FocusPoint focusPoint, string text)
    {
        var analysis = Analyse(focusPoint.Id, text);
        var learned = weights?.Read(WordFeatures.Of(focusPoint.Id, analysis), p => !lexicon.FunctionWords.Contains(analysis.Tokens[p].Word));
        return ReadingDecision.Decide(focusPoint.Id, analysis, learned, positions => EvidenceQuote.Of(text, analysis.Tokens, positions));
    }

    /// <summary>
    /// The text's words; the lexicon's signals read in their place; and every other word read in its place the
    /// same way (denied, partial, weighed by contrast, concession, condition or past), for the learned weights.
    /// </summary>
    internal TextAnalysis Analyse(string focusPointId, string text)
    {
        var tokens = TextTokenizer.Tokenize(text, lexicon.Synonyms);
        var markerTaken = new bool[tokens.Length];
        var markers = new MarkerMatches();
        Find([MarkerKind.NotNegation], tokens, markerTaken, markers, consume: true);

        var taken = (bool[])markerTaken.Clone();
        var readings = new List<SignalReading>();
        foreach (var (signal, start) in lexicon.SignalsFor(focusPointId).Candidates(tokens))
        {
            if (signal.Pattern.MatchAt(tokens, start, taken) is { } positions)
            {
                Array.ForEach(positions, p => taken[p] = true);
                readings.Add(new SignalReading(signal.Phase, signal.Weight, positions));
            }
        }

        // Negations and hedges may sit inside a signal ("niet structureel"); the longer wins ("nog niet overal" over "nog niet").
        Find([MarkerKind.Hedge, MarkerKind.Negation], tokens, markerTaken, markers, consume: true);
        foreach (var kind in ReadAfterSignals)
        {
            Find([kind], tokens, markerTaken, markers, consume: false);
        }

        var layout = TextLayout.Build(tokens, markers);
        var cancelled = CancelDoubleNegations(markers, layout, tokens);
        layout = cancelled.Count > 0 ? TextLayout.Build(tokens, markers) : layout;
        var words = Enumerable.Range(0, tokens.Length).Where(i => !markerTaken[i]).Select(SignalReading.Word).ToList();
        foreach (var reading in readings.Concat(words))
        {
            reading.Place(layout);
        }

        var past = PastClauses(layout, markers);
        var questions = Questions(text, tokens, layout);
        var answers = Answers(questions, layout, tokens, readings);
        foreach (var set in new[] { readings, words })
        {
            ApplyNegations(set, markers, layout, tokens);
            ApplyHedges(set, markers.Of(MarkerKind.Hedge), layout);
            ApplyClausesThatReferBack(set, markers.Of(MarkerKind.Hedge), layout, tokens);
            ApplyAnswers(set, answers);
        }

        // Once the text says something regional holds between the partnerships, what holds within one is beside the point.
        var regional = readings.Any(r => layout.Clauses[r.Clause].Scope == TextLayout.Scope.Between && r.LexiconPhase > 1 && !r.IsDenied);
        ApplyWeights(readings, layout, regional, past, scoped: true);
        ApplyWeights(words, layout, regional, past, scoped: false);
        // An answered question ("Een gezamenlijk budget? Nee.", "..? Die hebben we niet.") is said, not asked.
        foreach (var reading in readings.Concat(words).Where(r => questions.Contains(r.Sentence) && !answers.ContainsKey(r.Sentence) && !IsDeniedByALaterSentence(r, layout)))
        {
            reading.Weigh(QuestionWeight);
        }
        if (!regional)
        {
            readings.AddRange(markers.Of(MarkerKind.Within)
                .Where(w => layout.Clauses[layout.ClauseOf[w[0]]].Scope == TextLayout.Scope.Within)
                .Select(w => SignalReading.Within(w, layout, WithinMarkerWeight)));

            // "tussen de partnerschappen nauwelijks aanwezig": nothing between them says phase 1 as much as "binnen ons partnerschap".
            readings.AddRange(markers.Of(MarkerKind.Between)
                .Select(b => (Between: b, Clause: layout.Clauses[layout.ClauseOf[b[0]]]))
                .Where(b => b.Clause.Scope == TextLayout.Scope.Between && b.Clause.Negations.Count > 0)
                .Select(b => SignalReading.Within([.. b.Between.Concat(b.Clause.Negations).Order()], layout, NothingBetweenWeight)));
        }

        var markerWords = Enumerable.Range(0, tokens.Length).Where(i => markerTaken[i]).ToList();
        return new TextAnalysis(tokens, readings, words, markerWords, layout.ClauseOf, cancelled);
    }

    /// <summary>The sentences that end in a question mark.</summary>
    private static HashSet<int> Questions(string text, ReadToken[] tokens, TextLayout layout)
    {
        var questions = new HashSet<int>();
        for (var i = 0; i < tokens.Length; i++)
        {
            var lastOfSentence = i + 1 == tokens.Length || layout.SentenceOf[i + 1] != layout.SentenceOf[i];
            var next = lastOfSentence ? text.AsSpan(tokens[i].End, (i + 1 < tokens.Length ? tokens[i + 1].Start : text.Length) - tokens[i].End) : [];
            if (next.Contains('?'))
            {
                questions.Add(layout.SentenceOf[i]);
            }
        }

        return questions;
    }

    /// <summary>
    /// The questions answered in the first clause of the sentence after them, by what that answer says of the
    /// question: denied by "Nee, ..." or a short clause that only negates ("Niet echt.", "Nog niet.", "Niemand
    /// eigenlijk."), affirmed by "Ja, ...". A respondent answering their own question says what the question asks,
    /// so "Een gezamenlijk budget? Nee." reads as "geen gezamenlijk budget". "Nee." before a question answers the
    /// bot's question, not that one.
    /// </summary>
    private static Dictionary<int, Answer> Answers(HashSet<int> questions, TextLayout layout, ReadToken[] tokens, List<SignalReading> readings)
    {
        var answers = new Dictionary<int, Answer>();
        foreach (var clause in layout.Clauses.Where(c => c.IsFirstInSentence(layout) && questions.Contains(c.Sentence - 1)))
        {
            var first = tokens[clause.First].Word;
            var onlyNegates = clause.Negations.Count > 0 && clause.Last - clause.First < ShortAnswerWords && !readings.Any(r => r.Clause == clause.Index && !r.IsWeak);
            if (first == "nee" || onlyNegates)
            {
                answers[clause.Sentence - 1] = new Answer(true, first == "nee" ? [clause.First] : [.. clause.Negations]);
            }
            else if (first is "ja" or "jazeker" or "jawel")
            {
                answers[clause.Sentence - 1] = new Answer(false, [clause.First]);
            }
        }

        return answers;
    }

    /// <summary>A question's content, denied ("Nee", "Niet echt") or affirmed ("Ja") by the words at <paramref name="By"/>.</summary>
    private sealed record Answer(bool Denies, int[] By);

    /// <summary>Denies what a question denied by its answer asks, as surely as a negation right before it.</summary>
    private static void ApplyAnswers(List<SignalReading> readings, Dictionary<int, Answer> answers)
    {
        foreach (var reading in readings.Where(r => !r.IsDenied))
        {
            if (answers.TryGetValue(reading.Sentence, out var answer) && answer.Denies)
            {
                reading.Deny(answer.By, outright: true);
            }
        }
    }

    /// <summary>A question's signal denied by the sentence after it ("Ieder zijn eigen programma? Dat komt niet meer voor.").</summary>
    private static bool IsDeniedByALaterSentence(SignalReading reading, TextLayout layout) =>
        reading.IsDenied && reading.Modifiers.Any(m => layout.SentenceOf[m] > reading.Sentence);

    /// <summary>
    /// The clauses about the past: a sentence with a past marker ("vroeger", "in het begin") is about the past,
    /// except from a clause that brings it back to now ("..., nu ...", "inmiddels") until the next past marker.
    /// </summary>
    private static HashSet<int> PastClauses(TextLayout layout, MarkerMatches markers)
    {
        var pastSentences = markers.Starts(MarkerKind.Past).Select(p => layout.SentenceOf[p]).ToHashSet();
        var pastStarts = markers.Starts(MarkerKind.Past).Select(p => layout.ClauseOf[p]).ToHashSet();
        var presentStarts = markers.Starts(MarkerKind.Present).Select(p => layout.ClauseOf[p]).ToHashSet();
        var clauses = new HashSet<int>();
        var inPast = false;
        foreach (var clause in layout.Clauses)
        {
            inPast = pastStarts.Contains(clause.Index) || (!presentStarts.Contains(clause.Index) && (clause.IsFirstInSentence(layout) ? pastSentences.Contains(clause.Sentence) : inPast));
            if (inPast)
            {
                clauses.Add(clause.Index);
            }
        }

        return clauses;
    }

    /// <summary>Finds the markers of <paramref name="kinds"/>, longest phrase first across the kinds.</summary>
    private void Find(MarkerKind[] kinds, ReadToken[] tokens, bool[] taken, MarkerMatches markers, bool consume)
    {
        foreach (var ((kind, pattern), start) in lexicon.MarkersOf(kinds).Candidates(tokens))
        {
            if (pattern.MatchAt(tokens, start, taken) is { } positions)
            {
                markers.Add(kind, positions);
                if (consume)
                {
                    Array.ForEach(positions, p => taken[p] = true);
                }
            }
        }
    }

    /// <summary>
    /// A negation denies the signals that start just after it ("geen centrale regie", "nooit aan elkaar
    /// gekoppeld") and a signal it stands inside ("draait niet op subsidie"); at the end of its clause ("een
    /// gezamenlijk budget hebben we nog niet", "van gedeelde regie is geen sprake", "in het beleid zie je het
    /// nauwelijks terug") also what came before it. A negation that is part of a signal ("niet structureel")
    /// does not deny that signal, nor reach back past it. Denying a phase-1 consequence ("brengt het niet aan het
    /// wankelen") also denies the phase-1 cause before it in the clause ("Een vertrekkende trekker ..."). Before a
    /// question it asks ("Niemand vroeg of het de eigen school iets opleverde", "We kijken er niet naar of ...") it
    /// reaches to the end of its clause: what nobody asks is no consideration.
    /// </summary>
    private static void ApplyNegations(List<SignalReading> readings, MarkerMatches markers, TextLayout layout, ReadToken[] tokens)
    {
        foreach (var negation in markers.Of(MarkerKind.Negation))
        {
            var clause = layout.Clauses[layout.ClauseOf[negation[0]]];
            var others = readings.Where(r => r.Clause == clause.Index && !r.Positions.Contains(negation[0])).ToList();
            var determiner = tokens[negation[^1]].Word is "geen" or "enkel" or "enkele";
            // "Geen enkel bestuur houdt zijn plaatsen nog voor zichzelf": not a single one, so the whole clause is denied.
            var noneAtAll = negation[0] == clause.First && tokens[negation[^1]].Word is "enkel" or "enkele";
            var end = noneAtAll ? clause.Last : negation[^1] + (determiner ? DeterminerReach : NegationReach);
            for (var k = negation[^1] + 1; determiner && k <= end + 1 && k <= clause.Last; k++)
            {
                // "geen centrale regie of coördinatie": "geen" reaches along a coordination.
                if (tokens[k].Word is "of" or "en" or "noch")
                {
                    end = k + DeterminerReach;
                }
            }

            if (AsksAfter(negation, clause, markers))
            {
                end = clause.Last;
            }

            var ahead = others.Where(r => r.Positions[0] > negation[^1] && r.Positions[0] <= end).ToList();
            var outright = ahead.Concat(others.Where(r => r.Spans(negation[0]))).ToList();
            var bound = outright.ToList();
            var builtIn = readings.Any(r => r.Positions.Contains(negation[0]));
            IEnumerable<int> quoted = negation;
            if (!builtIn && ahead.Count == 0 && clause.Last - negation[^1] <= NegationAtEnd)
            {
                bound.AddRange(others.Where(r => r.Positions[0] < negation[0] && !bound.Contains(r)));
                quoted = Enumerable.Range(negation[0], clause.Last - negation[0] + 1);
            }

            // "Een vertrekkende trekker brengt het hier niet aan het wankelen": denying a phase-1 consequence denies the chain, so
            // the phase-1 cause named before it in the clause is no fact either.
            if (outright.Any(r => r.LexiconPhase == 1 && !r.IsWeak && !r.IsDenied))
            {
                bound.AddRange(others.Where(r => r.LexiconPhase == 1 && !r.IsWeak && r.Positions[^1] < negation[0] && !bound.Contains(r)));
            }

            // "no longer" says the thing held and has ended: as sure a setting aside as "vroeger", even reaching back.
            var noLonger = NoLonger(tokens, negation);
            foreach (var reading in bound.Where(r => !r.IsDenied))
            {
                reading.Deny(quoted, outright.Contains(reading) || noLonger);
            }
        }
    }

    /// <summary>
    /// Whether an indirect question follows <paramref name="negation"/> in its clause: a verb of asking with its "of"
    /// ("heeft gevraagd of", "maakt niet uit of"). An "of" right after the negation is no question: "niet of nauwelijks".
    /// </summary>
    private static bool AsksAfter(int[] negation, TextLayout.Clause clause, MarkerMatches markers) =>
        markers.Of(MarkerKind.IndirectQuestion).Any(q => q[0] > negation[^1] && q[^1] <= clause.Last);

    /// <summary>
    /// Two negations in one clause that cancel each other affirm: "geen bestuur ... zonder eerst naar de regio te kijken"
    /// (every board looks first), "wordt nooit genomen zonder HR", "kan niet zonder de coördinator" (needs her), "er is
    /// geen onderwerp dat we niet bespreken" (a "none" and a "not" in the relative clause about it). Both are taken out of
    /// the negations, so neither denies anything; their positions are returned.
    /// </summary>
    private static HashSet<int> CancelDoubleNegations(MarkerMatches markers, TextLayout layout, ReadToken[] tokens)
    {
        var cancelled = new HashSet<int>();
        var negations = markers.Of(MarkerKind.Negation).Where(n => n.All(p => tokens[p].Word is "niet" or "geen" or "nooit" or "niemand" or "niets" or "nergens" or "enkel" or "enkele")).ToList();
        foreach (var first in negations)
        {
            var clause = layout.ClauseOf[first[0]];
            var pronoun = tokens[first[^1]].Word is not ("niet" or "nooit");
            var second = markers.Of(MarkerKind.Negation).FirstOrDefault(n => n[0] > first[^1] && layout.ClauseOf[n[0]] == clause && !cancelled.Contains(n[0])
                && (tokens[n[0]].Word == "zonder" || (pronoun && negations.Contains(n) && Enumerable.Range(first[^1] + 1, n[0] - first[^1] - 1).Any(p => tokens[p].Word is "die" or "dat" or "waar" or "wie"))));
            if (second is not null && !cancelled.Contains(first[0]))
            {
                cancelled.UnionWith(first.Concat(second));
                markers.Remove(MarkerKind.Negation, first);
                markers.Remove(MarkerKind.Negation, second);
            }
        }

        return cancelled;
    }

    /// <summary>
    /// Whether <paramref name="negation"/> says "no longer": "niet meer", "niets meer", "niet langer" ("niet meer dan
    /// twee" is a number, not a change).
    /// </summary>
    private static bool NoLonger(ReadToken[] tokens, int[] negation)
    {
        var last = negation[^1];
        var after = tokens[last].Word is "meer" or "langer" ? last : last + 1 < tokens.Length && tokens[last + 1].Word is "meer" or "langer" ? last + 1 : -1;
        return after >= 0 && (after + 1 == tokens.Length || tokens[after + 1].Word != "dan");
    }

    /// <summary>
    /// A hedge makes the signals of its clause partial. A short first clause without signals ("We zijn op
    /// weg:", "Deels:") hedges the rest of its sentence, and a sentence that is nothing but a hedge ("Deels.")
    /// the whole text.
    /// </summary>
    private static void ApplyHedges(List<SignalReading> readings, IReadOnlyList<int[]> hedges, TextLayout layout)
    {
        foreach (var hedge in hedges)
        {
            var clause = layout.Clauses[layout.ClauseOf[hedge[0]]];
            var sentenceLength = layout.SentenceOf.Count(s => s == clause.Sentence);
            var inClause = readings.Where(r => r.Clause == clause.Index && !r.Positions.Contains(hedge[0])).ToList();
            IEnumerable<SignalReading> hedged =
                inClause.Count > 0 ? inClause
                : sentenceLength == hedge.Length ? readings
                : clause.IsFirstInSentence(layout) && clause.Last - clause.First < HedgeClauseWords ? readings.Where(r => r.Sentence == clause.Sentence)
                : [];
            foreach (var reading in hedged.Where(r => !r.IsDenied && !r.IsPartial))
            {
                reading.MakePartial(hedge);
            }
        }
    }

    /// <summary>
    /// A clause without signals of its own that denies or hedges and refers back does so to what came before:
    /// a sentence opening with "Dat", "Die", "Daar" to the sentence before; a clause after "maar" ("..., maar
    /// niemand gebruikt ze") to the part before the "maar"; a later clause ("..., zover zijn we nog niet",
    /// "..., hebben we nog niet") to the clauses before it in its part of the sentence; the clause after a
    /// sentence-opening subject clause ("Dat elke school haar eigen beleid heeft, is verleden tijd") to that clause.
    /// A common word of its own ("Dat komt in onze regio niet meer voor") does not stop a clause referring back; a clause
    /// whose only negation is "zonder" ("..., zonder dat er iets hoeft te worden heropgebouwd") never refers back.
    /// With a restriction ("Dat geldt niet voor het mbo.") or a hedge it makes that partial instead of denying it.
    /// </summary>
    private static void ApplyClausesThatReferBack(List<SignalReading> readings, IReadOnlyList<int[]> hedges, TextLayout layout, ReadToken[] tokens)
    {
        foreach (var clause in layout.Clauses)
        {
            var hedge = hedges.FirstOrDefault(h => layout.ClauseOf[h[0]] == clause.Index);
            // Without a hedge, only a negation other than "zonder" refers back: "..., zonder dat er iets opnieuw moet" says what
            // does not happen beside the main clause, in a clause of its own ("dat" after it is a conjunction, no reference).
            if (readings.Any(r => r.Clause == clause.Index && !r.IsWeak) || (hedge is null && clause.Negations.All(n => tokens[n].Word == "zonder")))
            {
                continue;
            }

            var segment = layout.Segments[layout.SegmentOf[clause.First]];
            var firstInSentence = clause.IsFirstInSentence(layout);
            IEnumerable<SignalReading> target =
                firstInSentence && clause.HasReference && clause.Sentence > 0 ? readings.Where(r => r.Sentence == clause.Sentence - 1)
                : !firstInSentence && IsSubjectClause(layout.Clauses[clause.Index - 1], layout, tokens) ? readings.Where(r => r.Clause == clause.Index - 1)
                : !firstInSentence && clause.First == segment.First && segment.Role == TextLayout.Role.Contrast ? readings.Where(r => r.Segment == segment.Index - 1)
                : !firstInSentence && clause.HasReference ? readings.Where(r => r.Segment == segment.Index && r.Clause < clause.Index)
                : [];
            var restricts = clause.HasRestriction || hedge is not null;
            var modifier = hedge ?? [clause.Negations[0]];
            foreach (var reading in target.Where(r => !r.IsDenied).ToList())
            {
                if (restricts)
                {
                    reading.MakePartial(modifier);
                }
                else
                {
                    reading.Deny(modifier, NoLonger(tokens, modifier));
                }
            }
        }
    }

    /// <summary>
    /// A sentence that opens with a clause as its subject ("Dat elke school haar eigen beleid heeft, is verleden tijd",
    /// "Of een bestuur groot of klein is, ..."): the clause after it says something about it.
    /// </summary>
    private static bool IsSubjectClause(TextLayout.Clause clause, TextLayout layout, ReadToken[] tokens) =>
        clause.IsFirstInSentence(layout) && tokens[clause.First].Word is "dat" or "of" && clause.Last - clause.First >= SubjectClauseWords;

    /// <summary>
    /// Weighs each signal by its place: contrast, concession, exception, before a "maar", a condition, a
    /// between scope, a clause about the past (<paramref name="pastClauses"/>). A regional signal said
    /// within one partnership is a little phase-1 evidence, or, when the text is positive about between the
    /// partnerships (<paramref name="regional"/>), simply weighs less.
    /// </summary>
    private static void ApplyWeights(List<SignalReading> readings, TextLayout layout, bool regional, IReadOnlySet<int> pastClauses, bool scoped)
    {
        foreach (var reading in readings)
        {
            var clause = layout.Clauses[reading.Clause];
            var segment = layout.Segments[reading.Segment];
            if (scoped && clause.Scope == TextLayout.Scope.Within && reading.LexiconPhase > 1 && !reading.IsDenied)
            {
                if (regional)
                {
                    reading.Weigh(WithinWeight);
                }
                else
                {
                    reading.InsideOnePartnership(WithinWeight);
                }
            }

            if (segment.Role == TextLayout.Role.Concession)
            {
                reading.SetAside(ConcessionWeight);
            }
            else
            {
                reading.Weigh(segment.Role switch
                {
                    TextLayout.Role.Contrast => ContrastWeight,
                    TextLayout.Role.Exception => ExceptionWeight,
                    _ when segment.IsBeforeContrast => BeforeContrastWeight,
                    _ => 1,
                });
            }

            if (clause.IsCondition && reading.Positions[0] != clause.First)
            {
                reading.MakeConditional(ConditionWeight);
            }

            if (scoped && clause.Scope == TextLayout.Scope.Between)
            {
                reading.Weigh(BetweenWeight);
            }

            if (pastClauses.Contains(reading.Clause))
            {
                reading.SetAside(PastWeight);
            }
        }
    }
}
