using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Advice;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Advice;

/// <summary>A focus point on phase 1 or 2 gets the advice for its next phase.</summary>
[Name("Advice.VolgendeFase")]
[Description("Een focuspunt op fase 1 of 2 krijgt het advies voor de volgende fase.")]
public sealed class VolgendeFase(AdviceCatalog advice) : PhaseAdviceRule(advice, f => f.Phase == 1 || f.Phase == 2, AdviceKinds.Transition, 0);
