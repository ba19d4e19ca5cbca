using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Priority;

/// <summary>The next phase of a focus point that is already ahead of the region can wait.</summary>
[Name("Priority.VoorloperKanWachten"), Tag("Priority"), Priority(RuleStages.Priority)]
[Description("Dit focuspunt loopt al voor op de rest van de regio; de volgende fase kan wachten.")]
public sealed class VoorloperKanWachten(PriorityWeights weights) : Rule
{
    public override void Define()
    {
        var weight = weights.For<VoorloperKanWachten>();
        AdviceCandidate candidate = null!;
        RegionPhase region = null!;

        When()
            .Match(() => candidate, c => c.Kind == AdviceKinds.Transition)
            .Match(() => region, r => candidate.Phase > r.Phase);
        Then()
            .Do(ctx => candidate.Weigh(ctx.Match, weight))
            .Undo(ctx => candidate.Unweigh(ctx.Match));
    }
}
