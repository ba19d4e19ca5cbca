using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Phase;

/// <summary>
/// After an answered follow-up question the confirmed phase counts; with several on one focus point, the most
/// cautious (lowest) one.
/// </summary>
[Name("Phase.BijgesteldNaVervolgvraag"), Tag("Phase"), Priority(RuleStages.Phase)]
[Description("Na een vervolgvraag telt de fase die jullie bevestigden.")]
public sealed class BijgesteldNaVervolgvraag : Rule
{
    public override void Define()
    {
        FocusPointAnswer answer = null!;
        RaisedFollowUp followUp = null!;

        // The answered follow-up first: most sessions have none, and then the answers never reach this rule's join. A
        // follow-up is only raised on a chosen phase; testing for one shares the chosen answers' node with GekozenFase.
        When()
            .Match(() => followUp, f => f.Answer != null)
            .Match(() => answer, a => a.Chosen != null, a => a.FocusPoint == followUp.FocusPoint)
            .Not<RaisedFollowUp>(g => g.FocusPoint == answer.FocusPoint, g => g.Answer != null,
                g => g.Answer < followUp.Answer || (g.Answer == followUp.Answer && string.CompareOrdinal(g.Id, followUp.Id) < 0));
        Then()
            .Yield(_ => new FocusPhase(answer.FocusPoint, answer.Order, followUp.Answer));
    }
}
