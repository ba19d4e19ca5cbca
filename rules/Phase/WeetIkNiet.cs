using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Phase;

/// <summary>"Weet ik niet" is not a phase: the focus point stays unknown, and gets no phase advice.</summary>
[Name("Phase.WeetIkNiet"), Tag("Phase"), Priority(RuleStages.Phase)]
[Description("'Weet ik niet' is geen fase: dit focuspunt blijft onbekend en krijgt geen faseadvies.")]
public sealed class WeetIkNiet : Rule
{
    public override void Define()
    {
        FocusPointAnswer answer = null!;

        When()
            .Match(() => answer, a => a.Chosen == null);
        Then()
            .Yield(_ => new FocusPhase(answer.FocusPoint, answer.Order, null));
    }
}
