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
        var conditions = row.When;
        var weight = row.Weight;
        AdviceCandidate candidate = null!;
        Region region = null!;

        // The region comes first and untested, a join every row shares; the row tests it together with the candidate. A
        // row without profile conditions does not match the profile at all: one join less. The candidate's test is one
        // condition (the row's filter names the focus point itself): each condition is a node of NRules' network, and
        // every node costs each session its own memory.
        if (conditions.Count > 0)
        {
            When()
                .Match(() => region)
                .Match(() => candidate, c => own.Matches(c.FocusPoint, c.Phase) && c.Kind != AdviceKinds.Deepen, c => region.Satisfies(conditions));
        }
        else
        {
            When()
                .Match(() => candidate, c => own.Matches(c.FocusPoint, c.Phase) && c.Kind != AdviceKinds.Deepen);
        }

        Then()
            .Do(ctx => candidate.Weigh(ctx.Match, weight))
            .Undo(ctx => candidate.Unweigh(ctx.Match));
    }
}
