using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// Finds the focus point a respondent names ("hr", "financiën", "loopbaanontwikkeling", "financen"):
/// its id, name, long name, short name or a synonym, exactly or within a few typos.
/// </summary>
public sealed class FocusPointMatcher
{
    private readonly List<(string Name, FocusPoint FocusPoint)> _names;

    public FocusPointMatcher(TypologyModel typology, IReadOnlyDictionary<string, IReadOnlyList<string>>? extraSynonyms = null)
    {
        _names = [];
        foreach (var focusPoint in typology.FocusPoints)
        {
            IEnumerable<string> names = [focusPoint.Id, focusPoint.Name, focusPoint.LongName, focusPoint.ShortName, .. focusPoint.Synonyms];
            if (extraSynonyms?.GetValueOrDefault(focusPoint.Id) is { } extra)
            {
                names = names.Concat(extra);
            }

            foreach (var name in names.Select(TextNormalizer.Normalize).Where(n => n.Length > 0).Distinct())
            {
                _names.Add((name, focusPoint));
            }
        }
    }

    /// <summary>The one focus point <paramref name="text"/> names, or null when none or several fit equally.</summary>
    public FocusPoint? Match(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return null;
        }

        var exact = _names.Where(n => n.Name == normalized).Select(n => n.FocusPoint).Distinct().ToList();
        if (exact.Count > 0)
        {
            return exact.Count == 1 ? exact[0] : null;
        }

        var close = _names
            .Where(n => EditDistance.IsClose(normalized, n.Name))
            .Select(n => (n.FocusPoint, Distance: EditDistance.Between(normalized, n.Name)))
            .ToList();
        if (close.Count == 0)
        {
            return null;
        }

        var best = close.Min(c => c.Distance);
        var winners = close.Where(c => c.Distance == best).Select(c => c.FocusPoint).Distinct().ToList();
        return winners.Count == 1 ? winners[0] : null;
    }
}
