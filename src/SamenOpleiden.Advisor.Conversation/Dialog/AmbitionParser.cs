using SamenOpleiden.Advisor.Conversation.Recognition;

namespace SamenOpleiden.Advisor.Conversation.Dialog;

/// <summary>Reads the ambition: a list of focus points ("HR, financiën en relaties") or "geen".</summary>
internal sealed class AmbitionParser(FocusPointMatcher matcher)
{
    private static readonly string[] Separators = [",", ";", "/", "+", " en ", " & ", " of ", "\n"];

    public (IReadOnlyList<string> FocusPoints, string? Error) Parse(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized is "geen" or "geen voorkeur" or "nee" or "niets" or "weet ik niet")
        {
            return ([], null);
        }

        var parts = (" " + text.ToLowerInvariant() + " ")
            .Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => TextNormalizer.Normalize(p).Length > 0)
            .ToList();
        var chosen = new List<string>();
        foreach (var part in parts)
        {
            var focusPoint = matcher.FindIn(part);
            if (focusPoint is null)
            {
                return ([], $"Ik herken '{part}' niet als focuspunt. Noem bijvoorbeeld 'HR', 'financiën' of 'kwaliteit', of typ 'geen'.");
            }

            if (!chosen.Contains(focusPoint.Id))
            {
                chosen.Add(focusPoint.Id);
            }
        }

        return chosen.Count == 0
            ? ([], "Noem een of meer focuspunten, bijvoorbeeld 'HR en financiën', of typ 'geen'.")
            : (chosen, null);
    }
}
