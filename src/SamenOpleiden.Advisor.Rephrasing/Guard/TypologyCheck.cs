namespace SamenOpleiden.Advisor.Rephrasing.Guard;

/// <summary>
/// Each item names its own focus point and phase as the typology does, and no other. Focus points
/// may go by their name, long name or short name; other focus points are recognised by their name
/// and long name only, because short names such as "kwaliteit" or "relaties" are everyday words.
/// Phase names are proper names and must match exactly, capitals included.
/// </summary>
internal static class TypologyCheck
{
    public static GuardVerdict? Check(string text, ExpectedItem item, GuardContext context)
    {
        if (item.FocusPointNames.Count > 0 && !item.FocusPointNames.Any(n => TextMatch.ContainsPhrase(text, n, ignoreCase: true)))
        {
            return GuardVerdict.Fail(RephrasingFallbackReason.FocusPointMissing, $"item '{item.Id}' does not name its focus point '{item.FocusPointNames[0]}'");
        }

        if (item.PhaseName is not null && !TextMatch.ContainsPhrase(text, item.PhaseName, ignoreCase: false))
        {
            return GuardVerdict.Fail(RephrasingFallbackReason.PhaseMissing, $"item '{item.Id}' does not name its phase '{item.PhaseName}'");
        }

        foreach (var focusPoint in context.Typology.FocusPoints)
        {
            var names = new[] { focusPoint.Name, focusPoint.LongName }.Distinct();
            var own = item.FocusPointNames.Contains(focusPoint.Name) || names.Any(n => TextMatch.ContainsPhrase(item.Source, n, ignoreCase: true));
            var named = names.FirstOrDefault(n => TextMatch.ContainsPhrase(text, n, ignoreCase: true));
            if (!own && named is not null && !IsPartOfOwnName(text, named, item))
            {
                return GuardVerdict.Fail(RephrasingFallbackReason.ForeignFocusPoint, $"item '{item.Id}' names another focus point '{named}'");
            }
        }

        var wrong = context.Typology.Phases
            .Select(p => p.Name)
            .FirstOrDefault(name => !item.AllowedPhaseNames.Contains(name) && TextMatch.ContainsPhrase(text, name, ignoreCase: false));
        return wrong is null
            ? null
            : GuardVerdict.Fail(RephrasingFallbackReason.WrongPhase, $"item '{item.Id}' names phase '{wrong}', which is not its own");
    }

    // "Toekomstbestendigheid" inside "Toekomstbestendigheid (toekomstbestendig ontwerp)" is the item's own name, not another's.
    private static bool IsPartOfOwnName(string text, string named, ExpectedItem item) =>
        item.FocusPointNames.Any(own => own.Contains(named, StringComparison.OrdinalIgnoreCase) && TextMatch.ContainsPhrase(text, own, ignoreCase: true));
}
