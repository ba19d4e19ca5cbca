using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Priority;

/// <summary>Advice for a focus point the region wants to move on first weighs more.</summary>
[Name("Priority.AmbitieVanDeRegio"), Tag("Priority"), Priority(RuleStages.Priority)]
[Description("Waar jullie zelf eerst op willen bewegen, krijgt voorrang.")]
public sealed class AmbitieVanDeRegio(PriorityWeights weights) : Rule
{
    public override void Define()
    {
        var weight = weights.For<AmbitieVanDeRegio>();
        AdviceCandidate candidate = null!;
        Ambition ambition = null!;

        When()
            .Match(() => candidate, c => c.FocusPoint != null)
            .Match(() => ambition, a => a.RankOf(candidate.FocusPoint) > 0);
        Then()
            .Do(ctx => candidate.Weigh(ctx.Match, weight))
            .Undo(ctx => candidate.Unweigh(ctx.Match));
    }
}
