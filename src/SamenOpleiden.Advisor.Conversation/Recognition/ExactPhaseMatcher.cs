using System.Text.RegularExpressions;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// Answers that need no confirmation: a button value or number 1-3 ("2", "fase 2"), a phase name
/// ("samenwerkend systeem"), the descriptor itself, or "weet ik niet" — each up to a few typos.
/// </summary>
internal sealed partial class ExactPhaseMatcher(TypologyModel typology)
{
    private static readonly string[] DontKnow =
    [
        "weet ik niet", "weet niet", "geen idee", "onbekend", "ik weet het niet", "weet ik nog niet", "dat weet ik niet",
        "geen flauw idee", "kan ik niet zeggen", "kan ik niet beoordelen", "geen zicht op", "daar heb ik geen zicht op",
    ];

    /// <summary>
    /// Words that may stand around a "weet ik niet" without making it a description ("geen idee eigenlijk", "weet ik echt
    /// niet", "ik weet het eerlijk gezegd niet"): before, "geen idee eigenlijk" was read as own words and proposed as phase 1.
    /// </summary>
    private static readonly HashSet<string> BesideDontKnow = new(
        ["eigenlijk", "echt", "helaas", "hoor", "eerlijk", "gezegd", "sorry", "nou", "tja", "eh", "ehm", "uh", "precies", "zo", "nog", "even"],
        StringComparer.Ordinal);

    /// <summary>The recognition, or null when the text is none of the exact forms.</summary>
    public PhaseRecognition? Match(FocusPoint focusPoint, string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var withoutFillers = string.Join(' ', normalized.Split(' ').Where(w => !BesideDontKnow.Contains(w)));
        if (DontKnow.Any(d => EditDistance.IsClose(normalized, d) || EditDistance.IsClose(withoutFillers, d)))
        {
            return new PhaseRecognition(focusPoint.Id, null, RecognitionKind.DontKnow, 1, [], []);
        }

        var number = NumberPattern().Match(normalized);
        if (number.Success)
        {
            return Exact(focusPoint, int.Parse(number.Groups[1].Value), number.Value);
        }

        foreach (var phase in typology.Phases)
        {
            var name = TextNormalizer.Normalize(phase.Name);
            if (EditDistance.IsClose(normalized, name) || EditDistance.IsClose(normalized, "fase " + name))
            {
                return Exact(focusPoint, phase.Number, phase.Name);
            }
        }

        for (var phase = 1; phase <= focusPoint.Descriptors.Count; phase++)
        {
            if (EditDistance.IsClose(normalized, TextNormalizer.Normalize(focusPoint.DescriptorOf(phase))))
            {
                return Exact(focusPoint, phase, focusPoint.DescriptorOf(phase));
            }
        }

        return null;
    }

    private static PhaseRecognition Exact(FocusPoint focusPoint, int phase, string evidence) =>
        new(focusPoint.Id, phase, RecognitionKind.Exact, 1, [], [new QuotedEvidence(evidence, phase)]);

    [GeneratedRegex(@"^(?:fase |nummer |optie |keuze )?([123])$")]
    private static partial Regex NumberPattern();
}
