using SamenOpleiden.Advisor.Core.Rules.Facts;
using SamenOpleiden.Advisor.Rules.Phase;
using SamenOpleiden.Advisor.Rules.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Rules.Tests.Phase;

/// <summary>The phase stage alone: exactly one phase per answered focus point, from the answer or a confirmed follow-up.</summary>
public class PhaseRulesTests
{
    private static RuleSession CreateTarget() => RuleSession.Of(new GekozenFase(), new BijgesteldNaVervolgvraag(), new WeetIkNiet());

    [Fact]
    public void Fire_ChosenPhase_YieldsThatPhaseByGekozenFase()
    {
        var answer = Given.Answer("kwaliteit", 2);

        var session = CreateTarget().Fire(answer);

        var (rule, facts) = Assert.Single(session.Fired);
        Assert.Equal("Phase.GekozenFase", rule);
        Assert.Same(answer, Assert.Single(facts));
        Assert.Equal(2, session.Single<FocusPhase>().Phase);
    }

    [Fact]
    public void Fire_WeetIkNiet_YieldsAnUnknownPhase()
    {
        var session = CreateTarget().Fire(Given.Answer("loopbaan", null));

        Assert.Equal("Phase.WeetIkNiet", Assert.Single(session.Fired).Rule);
        Assert.Null(session.Single<FocusPhase>().Phase);
    }

    [Fact]
    public void Fire_AnsweredFollowUp_TheConfirmedPhaseReplacesTheChosenOne()
    {
        var followUp = new RaisedFollowUp("Consistency.X", "financien", 2, "Vraag?", 2);

        var session = CreateTarget().Fire(Given.Answer("financien", 3), followUp);

        var phase = session.Single<FocusPhase>();
        Assert.Equal(2, phase.Phase);
        Assert.Contains(session.Fired, f => f.Rule == "Phase.BijgesteldNaVervolgvraag" && f.Facts.Contains(followUp));
    }

    [Fact]
    public void Fire_OpenFollowUp_KeepsTheChosenPhase()
    {
        var session = CreateTarget().Fire(Given.Answer("financien", 3), new RaisedFollowUp("Consistency.X", "financien", 2, "Vraag?", null));

        Assert.Equal(3, session.Single<FocusPhase>().Phase);
        Assert.DoesNotContain(session.Fired, f => f.Rule == "Phase.BijgesteldNaVervolgvraag");
    }

    [Fact]
    public void Fire_TwoAnsweredFollowUpsOnOnePoint_TheLowestConfirmedPhaseCounts()
    {
        var session = CreateTarget().Fire(Given.Answer("solidariteit", 3),
            new RaisedFollowUp("Consistency.A", "solidariteit", 2, "Vraag?", 2), new RaisedFollowUp("Consistency.B", "solidariteit", 1, "Vraag?", 1));

        Assert.Equal(1, session.Single<FocusPhase>().Phase);
    }

    [Fact]
    public void Fire_EveryFocusPoint_GetsExactlyOnePhase()
    {
        var answers = Given.FocusPoints.Select((f, i) => Given.Answer(f, i % 4 == 3 ? null : i % 4 + 1)).ToArray<object>();

        var session = CreateTarget().Fire(answers);

        Assert.Equal(Given.FocusPoints.Order(), session.Facts<FocusPhase>().Select(p => p.FocusPoint).Order());
    }
}
