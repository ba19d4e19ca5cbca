using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Core.Rules.Data;

/// <summary>
/// A priority for one focus point (<c>rules/priority.json</c>, <c>rows</c>): when the profile meets
/// <see cref="RuleRow.When"/>, advice that develops <see cref="PhaseFilter.FocusPoint"/> on one of its phases weighs
/// <paramref name="Weight"/> more.
/// </summary>
public sealed record PriorityRow(string Id, string Reason, IReadOnlyList<RegionCondition> When, PhaseFilter Own, int Weight)
    : RuleRow(Id, Reason, When);
