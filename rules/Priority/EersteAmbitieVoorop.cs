using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Priority;

/// <summary>The region's first ambition goes before its others.</summary>
[Name("Priority.EersteAmbitieVoorop"), Tag("Priority"), Priority(RuleStages.Priority)]
[Description("Jullie eerste ambitie gaat voor de andere.")]
public sealed class EersteAmbitieVoorop(PriorityWeights weights) : Rule
{
    public override void Define()
    {
        var weight = weights.For<EersteAmbitieVoorop>();
        AdviceCandidate candidate = null!;
        Ambition ambition = null!;

        When()
            .Match(() => candidate, c => c.FocusPoint != null)
            .Match(() => ambition, a => a.RankOf(candidate.FocusPoint) == 1);
        Then()
            .Do(ctx => candidate.Weigh(ctx.Match, weight))
            .Undo(ctx => candidate.Unweigh(ctx.Match));
    }
}
