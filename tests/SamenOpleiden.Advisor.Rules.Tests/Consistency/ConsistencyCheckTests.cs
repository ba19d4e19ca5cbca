using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Facts;
using SamenOpleiden.Advisor.Rules.Consistency;
using SamenOpleiden.Advisor.Rules.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Rules.Tests.Consistency;

public class ConsistencyCheckTests
{
    private static readonly ConsistencyRow Row = new("FinancienVoorOpOrganisatiestructuur", "Reden.", "financien", 3, "organisatiestructuur", 1, 2, "Blijft financiën op fase 3?");

    private static RuleSession CreateTarget() => RuleSession.Of(new ConsistencyCheck(Row));

    [Fact]
    public void Fire_BothAnswersAsTheRowSays_RaisesTheFollowUpNamedAfterTheRow()
    {
        var session = CreateTarget().Fire(Given.Answer("financien", 3), Given.Answer("organisatiestructuur", 1), new FollowUpAnswers(new Dictionary<string, int>()));

        var followUp = session.Single<RaisedFollowUp>();
        Assert.Equal(("Consistency.FinancienVoorOpOrganisatiestructuur", "financien", 2, "Blijft financiën op fase 3?", (int?)null),
            (followUp.Id, followUp.FocusPoint, followUp.SuggestedPhase, followUp.Question, followUp.Answer));
    }

    [Fact]
    public void Fire_AnsweredBefore_CarriesTheConfirmedPhase()
    {
        var answers = new FollowUpAnswers(new Dictionary<string, int> { ["Consistency.FinancienVoorOpOrganisatiestructuur"] = 2 });

        var session = CreateTarget().Fire(Given.Answer("financien", 3), Given.Answer("organisatiestructuur", 1), answers);

        Assert.Equal(2, session.Single<RaisedFollowUp>().Answer);
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(null, 1)]
    public void Fire_AnswersThatDoNotContradict_RaisesNothing(int? financien, int? organisatiestructuur)
    {
        var session = CreateTarget().Fire(Given.Answer("financien", financien), Given.Answer("organisatiestructuur", organisatiestructuur),
            new FollowUpAnswers(new Dictionary<string, int>()));

        Assert.Empty(session.Fired);
    }
}
