using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Advice;
using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Advice;

/// <summary>
/// A focus point on phase 3 gets advice to keep and deepen it, weighed (priority.json) to come after developing what
/// still lags behind.
/// </summary>
[Name("Advice.VasthoudenEnVerdiepen")]
[Description("Fase 3 is bereikt: vasthouden en verdiepen, na het ontwikkelen van wat nog achterblijft.")]
public sealed class VasthoudenEnVerdiepen(AdviceCatalog advice, PriorityWeights weights)
    : PhaseAdviceRule(advice, f => f.Phase == 3, AdviceKinds.Deepen, weights.For<VasthoudenEnVerdiepen>());
