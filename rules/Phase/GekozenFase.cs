using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Phase;

/// <summary>The chosen phase counts, unless a follow-up question on that focus point was answered.</summary>
[Name("Phase.GekozenFase"), Tag("Phase"), Priority(RuleStages.Phase)]
[Description("Zonder tegenstrijdige antwoorden telt de fase die jullie kozen.")]
public sealed class GekozenFase : Rule
{
    public override void Define()
    {
        FocusPointAnswer answer = null!;

        When()
            .Match(() => answer, a => a.Chosen != null)
            .Not<RaisedFollowUp>(f => f.FocusPoint == answer.FocusPoint, f => f.Answer != null);
        Then()
            .Yield(_ => new FocusPhase(answer.FocusPoint, answer.Order, answer.Chosen));
    }
}
