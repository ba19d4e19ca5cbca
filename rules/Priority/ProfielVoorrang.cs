using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Priority;

/// <summary>
/// A priority for one focus point: one rule per row of <c>priority.json</c> (<c>rows</c>). Advice that develops the
/// row's focus point on one of its phases weighs the row's weight more, when the profile meets the row's conditions.
/// </summary>
[Tag("Priority"), Priority(RuleStages.Priority)]
public sealed class ProfielVoorrang(PriorityRow row) : RowRule<PriorityRow>(row)
{
    protected override string Stage => "Priority";

    protected override void Define(PriorityRow row)
    {
        var own = row.Own;
        var focusPoint = own.FocusPoint;
        var conditions = row.When;
        var weight = row.Weight;
        AdviceCandidate candidate = null!;
        Region region = null!;

        var when = When()
            .Match(() => candidate, c => c.FocusPoint == focusPoint, c => c.Kind != AdviceKinds.Deepen, c => own.Matches(c.FocusPoint, c.Phase));
        // A row without profile conditions does not match the profile at all: one join less for every such row.
        if (conditions.Count > 0) when.Match(() => region, r => r.Satisfies(conditions));
        Then()
            .Do(ctx => candidate.Weigh(ctx.Match, weight))
            .Undo(ctx => candidate.Unweigh(ctx.Match));
    }
}
