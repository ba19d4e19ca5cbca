using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Rules.Data;

namespace SamenOpleiden.Advisor.Core.Rules;

/// <summary>A rule whose parameters are one data row; each row of the family's table becomes one rule.</summary>
public interface IRowRule
{
    /// <summary>The rule's unique name: the family's stage and the row's id, e.g. <c>Advice.KrimpregioPlaatsingEerst</c>.</summary>
    string RuleName { get; }

    RuleRow Row { get; }
}

/// <summary>
/// Base of a rule family whose rows are data (<see cref="RuleRow"/>): one instance per row, named
/// <c>&lt;Stage&gt;.&lt;row id&gt;</c>. <see cref="Define(TRow)"/> copies what it needs of the row into locals, so the
/// conditions it builds are plain expressions over those values.
/// </summary>
public abstract class RowRule<TRow>(TRow row) : Rule, IRowRule where TRow : RuleRow
{
    /// <summary>The stage the family belongs to, the first part of each rule name.</summary>
    protected abstract string Stage { get; }

    public string RuleName => $"{Stage}.{row.Id}";

    RuleRow IRowRule.Row => row;

    public sealed override void Define()
    {
        Name(RuleName);
        Define(row);
    }

    /// <summary>The row's conditions and actions.</summary>
    protected abstract void Define(TRow row);
}
