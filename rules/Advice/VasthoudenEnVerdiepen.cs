using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Advice;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Advice;

/// <summary>A focus point on phase 3 gets advice to keep and deepen it.</summary>
[Name("Advice.VasthoudenEnVerdiepen")]
[Description("Fase 3 is bereikt: het advies is vasthouden en verdiepen.")]
public sealed class VasthoudenEnVerdiepen(AdviceCatalog advice) : PhaseAdviceRule(advice, f => f.Phase == 3, AdviceKinds.Deepen);
