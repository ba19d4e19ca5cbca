using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Priority;

/// <summary>Developing a focus point that lags behind the region's phase comes first.</summary>
[Name("Priority.AchterblijverOpDeRegio"), Tag("Priority"), Priority(RuleStages.Priority)]
[Description("Wat achterblijft bij de rest van de regio, komt eerst: daar houdt het de samenwerking tegen.")]
public sealed class AchterblijverOpDeRegio(PriorityWeights weights) : Rule
{
    public override void Define()
    {
        var weight = weights.For<AchterblijverOpDeRegio>();
        AdviceCandidate candidate = null!;
        RegionPhase region = null!;

        When()
            .Match(() => candidate, c => c.Kind != AdviceKinds.Deepen, c => c.Phase != null)
            .Match(() => region, r => candidate.Phase < r.Phase);
        Then()
            .Do(ctx => candidate.Weigh(ctx.Match, weight))
            .Undo(ctx => candidate.Unweigh(ctx.Match));
    }
}
