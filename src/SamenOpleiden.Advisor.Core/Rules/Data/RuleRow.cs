using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Core.Rules.Data;

/// <summary>
/// One row of a rule family in <c>rules/</c>: a coordinator edits the row, the family's C# rule gives it its condition.
/// Each row becomes one rule, named by its family's stage and the row's <paramref name="Id"/>.
/// </summary>
/// <param name="Id">Unique within the family, e.g. <c>KrimpregioPlaatsingEerst</c>.</param>
/// <param name="Reason">Why the rule decides what it decides, in Dutch; "waarom" tells it after the facts the rule matched.</param>
/// <param name="When">Conditions on the region profile that must all hold (empty: none).</param>
public abstract record RuleRow(string Id, string Reason, IReadOnlyList<RegionCondition> When);
