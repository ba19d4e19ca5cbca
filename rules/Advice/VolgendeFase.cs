using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Advice;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Advice;

/// <summary>A focus point on phase 1 or 2 gets the advice for its next phase (advice/&lt;focuspunt&gt;.json, 1-2 or 2-3).</summary>
[Name("Advice.VolgendeFase"), Tag("Advice"), Priority(RuleStages.Advice)]
[Description("Een focuspunt op fase 1 of 2 krijgt het advies voor de volgende fase.")]
public sealed class VolgendeFase(AdviceCatalog advice) : Rule
{
    public override void Define()
    {
        var catalog = advice;
        FocusPhase focus = null!;

        When()
            .Match(() => focus, f => f.Phase == 1 || f.Phase == 2);
        Then()
            .Yield(_ => new AdviceCandidate(catalog.ForPhase(focus.FocusPoint, focus.Phase!.Value), AdviceKinds.Transition, focus.Phase, 0));
    }
}
