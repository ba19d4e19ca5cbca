namespace SamenOpleiden.Advisor.Rephrasing.Guard;

/// <summary>What the guard knows about one advice item of the rules' result.</summary>
/// <param name="Id">The advice item's id; the answer must use it.</param>
/// <param name="RuleText">The rules' own words, the yardstick for length.</param>
/// <param name="Source">Everything the rules say about this item (rule text, focus point, phases, step): what a rephrasing may draw on.</param>
/// <param name="FocusPointNames">The item's focus point as the typology names it; one must appear. Empty for general advice.</param>
/// <param name="PhaseName">The phase the item must name (its target, or its current phase when deepening); null when none.</param>
/// <param name="AllowedPhaseNames">Phase names this item may mention.</param>
/// <param name="AllowedNumbers">Digit runs this item may mention.</param>
internal sealed record ExpectedItem(
    string Id,
    string RuleText,
    string Source,
    IReadOnlyList<string> FocusPointNames,
    string? PhaseName,
    IReadOnlySet<string> AllowedPhaseNames,
    IReadOnlySet<string> AllowedNumbers);
