using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Advice;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Advice;

/// <summary>A focus point on phase 3 gets advice to keep and deepen it (advice/&lt;focuspunt&gt;.json, 3).</summary>
[Name("Advice.VasthoudenEnVerdiepen"), Tag("Advice"), Priority(RuleStages.Advice)]
[Description("Fase 3 is bereikt: het advies is vasthouden en verdiepen.")]
public sealed class VasthoudenEnVerdiepen(AdviceCatalog advice) : Rule
{
    public override void Define()
    {
        var catalog = advice;
        FocusPhase focus = null!;

        When()
            .Match(() => focus, f => f.Phase == 3);
        Then()
            .Yield(_ => new AdviceCandidate(catalog.ForPhase(focus.FocusPoint, 3), AdviceKinds.Deepen, 3, 0));
    }
}
