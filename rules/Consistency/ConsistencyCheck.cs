using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Consistency;

/// <summary>
/// Two answers that contradict each other raise a follow-up question: one rule per row of <c>consistency.json</c>.
/// The respondent's answer to it, if any, travels with the follow-up to the phase rules.
/// </summary>
[Tag("Consistency"), Priority(RuleStages.Consistency)]
public sealed class ConsistencyCheck(ConsistencyRow row) : RowRule<ConsistencyRow>(row)
{
    protected override string Stage => "Consistency";

    protected override void Define(ConsistencyRow row)
    {
        var id = RuleName;
        var focusPoint = row.FocusPoint;
        var phase = row.Phase;
        var other = row.Other;
        var otherPhase = row.OtherPhase;
        var suggested = row.SuggestedPhase;
        var question = row.Question;
        FocusPointAnswer answer = null!;
        FocusPointAnswer otherAnswer = null!;
        FollowUpAnswers followUpAnswers = null!;

        // The follow-up answers first: every row shares that join. Each answer's test is one condition, one node in
        // NRules' network (every node costs each session its own memory); rows that test the same answer still share it.
        When()
            .Match(() => followUpAnswers)
            .Match(() => answer, a => a.FocusPoint == focusPoint && a.Chosen == phase)
            .Match(() => otherAnswer, a => a.FocusPoint == other && a.Chosen == otherPhase);
        Then()
            .Yield(_ => new RaisedFollowUp(id, focusPoint, suggested, question, followUpAnswers.For(id)));
    }
}
