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

    /// <summary>
    /// The one focus point named in a short sentence ("staat financiën op fase 2", "van het HR-advies"): the whole text
    /// as <see cref="Match"/> reads it, else a run of its words that is a name exactly; null when none or several.
    /// </summary>
    public FocusPoint? FindIn(string text)
    {
        if (Match(text) is { } whole)
        {
            return whole;
        }

        var words = TextNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var named = new HashSet<FocusPoint>();
        for (var start = 0; start < words.Length; start++)
        {
            for (var length = 1; start + length <= words.Length; length++)
            {
                var run = string.Join(' ', words, start, length);
                named.UnionWith(_names.Where(n => n.Name == run).Select(n => n.FocusPoint));
            }
        }

        return named.Count == 1 ? named.First() : null;
    }
}
