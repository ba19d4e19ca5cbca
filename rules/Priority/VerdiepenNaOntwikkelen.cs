using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Priority;

/// <summary>Keeping and deepening a phase-3 focus point comes after developing the others.</summary>
[Name("Priority.VerdiepenNaOntwikkelen"), Tag("Priority"), Priority(RuleStages.Priority)]
[Description("Wat al op fase 3 staat, vasthouden en verdiepen komt na het ontwikkelen van de rest.")]
public sealed class VerdiepenNaOntwikkelen(PriorityWeights weights) : Rule
{
    public override void Define()
    {
        var weight = weights.For<VerdiepenNaOntwikkelen>();
        AdviceCandidate candidate = null!;

        When()
            .Match(() => candidate, c => c.Kind == AdviceKinds.Deepen);
        Then()
            .Do(ctx => candidate.Weigh(ctx.Match, weight))
            .Undo(ctx => candidate.Unweigh(ctx.Match));
    }
}
