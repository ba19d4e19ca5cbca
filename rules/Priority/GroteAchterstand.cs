using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Priority;

/// <summary>A focus point two phases behind the region weighs more still.</summary>
[Name("Priority.GroteAchterstand"), Tag("Priority"), Priority(RuleStages.Priority)]
[Description("Twee fasen achterstand op de regio is de grootste rem; dat gaat voor.")]
public sealed class GroteAchterstand(PriorityWeights weights) : Rule
{
    public override void Define()
    {
        var weight = weights.For<GroteAchterstand>();
        AdviceCandidate candidate = null!;
        RegionPhase region = null!;

        When()
            .Match(() => candidate, c => c.Kind != AdviceKinds.Deepen, c => c.Phase != null)
            .Match(() => region, r => r.Phase - candidate.Phase >= 2);
        Then()
            .Do(ctx => candidate.Weigh(ctx.Match, weight))
            .Undo(ctx => candidate.Unweigh(ctx.Match));
    }
}
