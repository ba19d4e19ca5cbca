using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Conversation.Dialog;

/// <summary>
/// How a reading of free text is put to the respondent: the words it rests on, quoted, with the phase and
/// its descriptor, always as a question ("Ik lees 'nog geen gezamenlijk budget': dat past bij fase 1,
/// losse financiering per partij. Klopt dat?"). Conflicting evidence is said so, with both phases offered.
/// </summary>
internal static class ProposalWording
{
    public static string Proposal(FocusPoint focusPoint, int phase, IReadOnlyList<QuotedEvidence> evidence)
    {
        var fits = $"fase {phase}, {Descriptor(focusPoint, phase)}";
        if (evidence.Count == 0)
        {
            return $"Ik denk dat dit past bij {fits}. Klopt dat?";
        }

        if (evidence.Any(e => e.Phase != phase))
        {
            var parts = evidence.Select(e => $"{Quote(e)} (fase {e.Phase})");
            return $"Ik lees {Join(parts)}: samen past dat bij {fits}. Klopt dat?";
        }

        return $"Ik lees {Join(evidence.Select(Quote))}: dat past bij {fits}. Klopt dat?";
    }

    public static string Conflict(FocusPoint focusPoint, int phase, int other, IReadOnlyList<QuotedEvidence> evidence)
    {
        var forPhase = evidence.FirstOrDefault(e => e.Phase == phase);
        var forOther = evidence.FirstOrDefault(e => e.Phase == other);
        if (forPhase is not null && forPhase.Quote == forOther?.Quote)
        {
            // The same words name both ("tussen 1 en 2").
            return $"Ik lees {Quote(forPhase)}: dat past bij fase {phase} of bij fase {other}. Welke van de twee past het best?";
        }

        var first = forPhase is null ? $"iets van fase {phase}" : $"{Quote(forPhase)}, dat past bij fase {phase}";
        var second = forOther is null ? $"ook iets van fase {other}" : $"ook {Quote(forOther)}, dat past bij fase {other}";
        return $"Ik lees {first}, maar {second}. Welke van de twee past het best?";
    }

    public static string AsBefore(FocusPoint focusPoint, FocusPoint previous, int phase) =>
        $"Bij {previous.ShortName} koos je fase {phase}. Hier is dat fase {phase}: {Descriptor(focusPoint, phase)}. Klopt dat?";

    /// <summary>The descriptor as part of a sentence: "Losse financiering per partij" becomes "losse financiering per partij", "HR" stays.</summary>
    public static string Descriptor(FocusPoint focusPoint, int phase)
    {
        var descriptor = focusPoint.DescriptorOf(phase);
        return descriptor.Length > 1 && char.IsUpper(descriptor[0]) && char.IsLower(descriptor[1])
            ? char.ToLowerInvariant(descriptor[0]) + descriptor[1..]
            : descriptor;
    }

    private static string Quote(QuotedEvidence evidence) => $"'{evidence.Quote}'";

    private static string Join(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} en {list[^1]}";
    }
}
