using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Advice;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Advice;

/// <summary>
/// Proposes, for a focus point whose phase <paramref name="on"/> accepts, the advice of that phase from
/// <c>advice/&lt;focuspunt&gt;.json</c> (1 → 1-2, 2 → 2-3, 3 → vasthouden en verdiepen) as a candidate of <paramref name="kind"/>
/// with <paramref name="weight"/>.
/// </summary>
[Tag("Advice"), Priority(RuleStages.Advice)]
public abstract class PhaseAdviceRule(AdviceCatalog advice, Expression<Func<FocusPhase, bool>> on, string kind, int weight) : Rule
{
    public override void Define()
    {
        var catalog = advice;
        var candidateKind = kind;
        var candidateWeight = weight;
        FocusPhase focus = null!;

        When()
            .Match(() => focus, on);
        Then()
            .Yield(_ => new AdviceCandidate(catalog.ForPhase(focus.FocusPoint, focus.Phase!.Value), candidateKind, focus.Phase, candidateWeight));
    }
}
