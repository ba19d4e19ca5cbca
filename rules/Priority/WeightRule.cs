using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Priority;

/// <summary>
/// A priority rule that weighs an advice candidate against one other fact of the session (the region's phase, the
/// ambition): when <paramref name="candidateHolds"/> and <paramref name="holds"/> do, the candidate weighs the rule's
/// weight from <c>priority.json</c> more, for as long as they hold.
/// </summary>
[Tag("Priority"), Priority(RuleStages.Priority)]
public abstract class WeightRule<TOther>(
    PriorityWeights weights, Expression<Func<AdviceCandidate, bool>>? candidateHolds, Expression<Func<AdviceCandidate, TOther, bool>> holds) : Rule
    where TOther : class
{
    /// <summary>A rule that tests each candidate against the other fact only (an alpha test of its own would be a node of its own).</summary>
    protected WeightRule(PriorityWeights weights, Expression<Func<AdviceCandidate, TOther, bool>> holds)
        : this(weights, null, holds)
    {
    }

    public override void Define()
    {
        var weight = weights.For(GetType());
        AdviceCandidate candidate = null!;
        TOther other = null!;

        // The other fact first: there is one per session, so the rules of this kind share one join on it, and each
        // candidate is tested once against it. Candidates first would keep every candidate in a memory of each rule's
        // own before the join (NRules joins are nested loops, and every node costs each session its own work).
        var meetsOther = RuleExpressions.Bind(holds, () => other);
        var when = When().Match(() => other);
        if (candidateHolds is null) when.Match(() => candidate, meetsOther);
        else when.Match(() => candidate, candidateHolds, meetsOther);
        Then()
            .Do(ctx => candidate.Weigh(ctx.Match, weight))
            .Undo(ctx => candidate.Unweigh(ctx.Match));
    }
}
