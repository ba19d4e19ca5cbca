using System.Collections.Concurrent;
using System.Globalization;
using NRules.RuleModel;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rules.Compiling;
using SamenOpleiden.Advisor.Core.Rules.Facts;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Rules.Explaining;

/// <summary>
/// Tells a rule that fired in the region's own words: the facts it matched as one sentence ("Solidariteit staat op
/// fase 1 en jullie zijn een krimpregio."), then the rule's reason. Also keeps the rule id and the matched values for
/// audit.
/// </summary>
/// <remarks>
/// Most traces depend on a few small values only (a focus point and its phase, the region's phase, the tally of all
/// phases); those are written once per rule and values and then shared, read-only, by every result that needs them.
/// Traces that read the profile, the ambition or a follow-up are written each time.
/// </remarks>
internal sealed class TraceWriter(TypologyModel typology, IReadOnlyDictionary<string, RuleExplanation> explanations)
{
    // Far more than the rules and values can produce (rules × focus points × phases); a bound all the same.
    private const int MaxShared = 20_000;

    // What every trace says of a focus point, written once: the keys of its values and its phase in words.
    private readonly Dictionary<string, FocusPointWords> _words =
        typology.FocusPoints.Select((f, i) => new FocusPointWords(f.ShortName, f.Id, i)).ToDictionary(w => w.Id);

    private readonly ConcurrentDictionary<(IRuleDefinition Rule, ulong Values), RuleTrace> _shared = new();

    /// <summary>The trace of <paramref name="rule"/> firing on <paramref name="facts"/>; <paramref name="subject"/> is the item being explained, if any.</summary>
    public RuleTrace Trace(IRuleDefinition rule, IEnumerable<IFact> facts, AdviceCandidate? subject = null)
    {
        var matched = Listed(facts);
        if (!TryKey(matched, subject, out var values)) return Write(rule, matched, subject);
        if (_shared.TryGetValue((rule, values), out var shared)) return shared;
        var trace = Write(rule, matched, subject);
        if (_shared.Count < MaxShared) _shared.TryAdd((rule, values), trace);
        return trace;
    }

    /// <summary>Matched facts to read by index: NRules hands them over as an array, which needs no copy.</summary>
    public static IReadOnlyList<IFact> Listed(IEnumerable<IFact> facts) => facts as IReadOnlyList<IFact> ?? [.. facts];

    // Everything a trace says of facts it can be shared for, packed into 64 bits: a leading 1, then per fact its kind
    // (3 bits, which fixes how many bits follow) and its values, in the order the facts come (that order decides the
    // clauses' order). False for facts whose words depend on more.
    private bool TryKey(IReadOnlyList<IFact> facts, AdviceCandidate? subject, out ulong key)
    {
        key = 1;
        var bits = 1;
        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            ulong code;
            int width;
            switch (fact.Value)
            {
                case FocusPointAnswer answer when Known(answer.FocusPoint, answer.Order):
                    (code, width) = (Packed(1, answer.Order, answer.Chosen), 10);
                    break;
                case FocusPhase phase when Known(phase.FocusPoint, phase.Order):
                    (code, width) = (Packed(2, phase.Order, phase.Phase), 10);
                    break;
                case AdviceCandidate { FocusPoint: null }:
                    (code, width) = (3, 3);
                    break;
                case AdviceCandidate candidate when _words.TryGetValue(candidate.FocusPoint!, out var words):
                    (code, width) = (Packed(4, words.Order, candidate.Phase) | (ReferenceEquals(candidate, subject) ? 4UL : 0UL), 10);
                    break;
                case RegionPhase region:
                    (code, width) = (5UL << 3 | (uint)Small(region.Phase), 6);
                    break;
                case IEnumerable<FocusPhase> phases:
                    var tally = PhaseTally.Of(phases);
                    if (tally.Total > 255) return false;
                    (code, width) = (6UL << 32 | (uint)tally.Total << 24 | (uint)tally.Count1 << 16 | (uint)tally.Count2 << 8 | (uint)tally.Count3, 35);
                    break;
                default:
                    return false;
            }

            bits += width;
            if (bits > 63) return false;
            key = key << width | code;
        }

        return true;
    }

    // A focus point of this typology at its own position; anything else is written each time.
    private bool Known(string focusPoint, int order) => order is >= 0 and < 16 && _words.TryGetValue(focusPoint, out var words) && words.Order == order;

    // kind (3 bits), focus point (4 bits), phase (3 bits: 0 unknown, 1-3, room for the subject flag).
    private static ulong Packed(int kind, int order, int? phase) => (ulong)(uint)kind << 7 | (uint)order << 3 | (uint)Small(phase);

    private static int Small(int? phase) => phase is >= 1 and <= 3 ? phase.Value : 0;

    private RuleTrace Write(IRuleDefinition rule, IReadOnlyList<IFact> facts, AdviceCandidate? subject)
    {
        var explanation = explanations[rule.Name];
        var clauses = new List<string>(4);
        var used = new Dictionary<string, string>(4, StringComparer.Ordinal);
        List<FocusPointAnswer>? answers = null;
        for (var i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            switch (fact.Value)
            {
                case FocusPointAnswer answer:
                    (answers ??= []).Add(answer);
                    used[Words(answer.FocusPoint).AnswerKey] = answer.Chosen is { } c ? Number(c) : "weet ik niet";
                    break;
                case FocusPhase phase:
                    clauses.Add(Words(phase.FocusPoint).Phase(phase.Phase));
                    used[Words(phase.FocusPoint).PhaseKey] = PhaseValue(phase.Phase);
                    break;
                case AdviceCandidate candidate when candidate.FocusPoint is { } focusPoint:
                    // The item's own phase is told once, by the rule that proposed it.
                    if (!ReferenceEquals(candidate, subject)) clauses.Add(Words(focusPoint).Phase(candidate.Phase));
                    used[Words(focusPoint).PhaseKey] = PhaseValue(candidate.Phase);
                    break;
                case RaisedFollowUp { Answer: { } confirmed } followUp:
                    clauses.Add($"na de vervolgvraag bevestigden jullie fase {confirmed} voor {Name(followUp.FocusPoint)}");
                    used[$"followUp[{followUp.Id}]"] = Number(confirmed);
                    break;
                case Region region:
                    foreach (var condition in explanation.Conditions)
                    {
                        clauses.Add(condition.Clause(region.Profile));
                        var (key, value) = condition.Used(region.Profile);
                        used[key] = value;
                    }

                    break;
                case RegionPhase regionPhase:
                    clauses.Add(regionPhase.Phase is { } r ? $"jullie regio als geheel staat op fase {r}" : "de fase van jullie regio is nog niet te bepalen");
                    used["regionPhase"] = PhaseValue(regionPhase.Phase);
                    break;
                case Ambition ambition:
                    clauses.Add(AmbitionClause(ambition, subject));
                    used["ambition"] = string.Join(", ", ambition.FocusPoints);
                    break;
                case IEnumerable<FocusPhase> phases:
                    clauses.Add(TallyClause(PhaseTally.Of(phases), used));
                    break;
            }
        }

        if (answers is not null) clauses.Insert(0, AnswersClause(answers));
        var text = clauses.Count == 0 ? explanation.Reason : string.Concat(Sentence(clauses), " ", explanation.Reason);
        return new RuleTrace(rule.Name, explanation.Reason, used, text);
    }

    /// <summary>A trace the roadmap writes itself (a dependency, one item taking another's place), in the same form.</summary>
    public static RuleTrace Note(string ruleId, string reason, IReadOnlyDictionary<string, string> used, string facts) =>
        new(ruleId, reason, used, $"{Sentence([facts])} {reason}");

    private string AnswersClause(List<FocusPointAnswer> answers)
    {
        var chosen = new List<string>(answers.Count);
        var unknown = new List<string>();
        foreach (var answer in answers)
        {
            if (answer.Chosen is { } phase) chosen.Add($"fase {phase} voor {Name(answer.FocusPoint)}");
            else unknown.Add(Name(answer.FocusPoint));
        }

        if (unknown.Count == 0) return "jullie kozen " + DutchList.Join(chosen);
        var dontKnow = $"bij {DutchList.Join(unknown)} antwoordden jullie 'weet ik niet'";
        return chosen.Count == 0 ? dontKnow : $"jullie kozen {DutchList.Join(chosen)} en {dontKnow}";
    }

    private string AmbitionClause(Ambition ambition, AdviceCandidate? subject) =>
        ambition.RankOf(subject?.FocusPoint) switch
        {
            1 => $"jullie willen als eerste bewegen op {Name(subject!.FocusPoint!)}",
            0 => $"jullie willen eerst bewegen op {DutchList.Join(ambition.FocusPoints.Select(Name))}",
            var rank => $"{Name(subject!.FocusPoint!)} staat als {Number(rank)}e op jullie lijst van ambities",
        };

    private static string TallyClause(PhaseTally tally, Dictionary<string, string> used)
    {
        used["known"] = Number(tally.Known);
        used["onPhase3"] = Number(tally.Count3);
        used["onPhase2"] = Number(tally.Count2);
        used["onPhase1"] = Number(tally.Count1);
        if (tally.Known == 0) return $"van geen van de {tally.Total} focuspunten is de fase bekend";
        var counts = new List<string>(3);
        if (tally.Count3 > 0) counts.Add($"{tally.Count3} op fase 3");
        if (tally.Count2 > 0) counts.Add($"{tally.Count2} op fase 2");
        if (tally.Count1 > 0) counts.Add($"{tally.Count1} op fase 1");
        return counts.Count == 1
            ? $"alle {tally.Known} focuspunten met een fase staan op fase {(tally.Count3 > 0 ? 3 : tally.Count2 > 0 ? 2 : 1)}"
            : $"van de {tally.Known} focuspunten met een fase staan er {DutchList.Join(counts)}";
    }

    private FocusPointWords Words(string focusPoint) => _words.TryGetValue(focusPoint, out var words) ? words : new FocusPointWords(focusPoint, focusPoint, -1);

    private string Name(string focusPoint) => Words(focusPoint).Name;

    private static string PhaseValue(int? phase) => phase is { } p ? Number(p) : "onbekend";

    private static string Number(int value) => value switch
    {
        1 => "1",
        2 => "2",
        3 => "3",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private sealed class FocusPointWords(string name, string id, int order)
    {
        private readonly string[] _phases = [$"de fase van {name} is onbekend", $"{name} staat op fase 1", $"{name} staat op fase 2", $"{name} staat op fase 3"];

        public string Name { get; } = name;
        public string Id { get; } = id;

        /// <summary>Its position on the typology sheet.</summary>
        public int Order { get; } = order;

        public string PhaseKey { get; } = $"phase[{id}]";
        public string AnswerKey { get; } = $"answer[{id}]";

        /// <summary>"HR staat op fase 1", or that its phase is unknown.</summary>
        public string Phase(int? phase) => _phases[phase is >= 1 and <= 3 ? phase.Value : 0];
    }

    // "solidariteit staat op fase 1", "jullie zijn een krimpregio" → "Solidariteit staat op fase 1 en jullie zijn een krimpregio."
    private static string Sentence(IReadOnlyList<string> clauses)
    {
        var sentence = DutchList.Join(clauses);
        return string.Create(sentence.Length + 1, sentence, (span, s) =>
        {
            s.AsSpan().CopyTo(span);
            span[0] = char.ToUpperInvariant(s[0]);
            span[^1] = '.';
        });
    }
}
