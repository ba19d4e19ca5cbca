using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Advice;

/// <summary>
/// Advice that fits the region: one rule per row of <c>profile-advice.json</c>. It proposes the row's advice when the
/// profile meets the row's conditions, the advice's own focus point stands on one of the row's phases, and the
/// neighbouring focus point (if the row names one) stands where the row says.
/// </summary>
[Tag("Advice"), Priority(RuleStages.Advice)]
public sealed class ProfielAdvies(ProfileAdviceRow row) : RowRule<ProfileAdviceRow>(row)
{
    protected override string Stage => "Advice";

    protected override void Define(ProfileAdviceRow row)
    {
        var conditions = row.When;
        var own = row.Own;
        var neighbour = row.Neighbour;
        var advice = row.Advice;
        var weight = row.Weight;
        Region region = null!;
        FocusPhase ownPhase = null!;
        FocusPhase neighbourPhase = null!;

        // Each condition on a fact is a node of NRules' network and every node costs each session its own memory, so a
        // row's filter is one condition (it names the focus point itself) rather than the focus point and then the phase.
        var when = When();
        if (own is null)
        {
            when.Match(() => region, r => r.Satisfies(conditions));
        }
        else
        {
            // The region comes first and untested, a join every row shares; the row tests it together with its own focus
            // point. A row without profile conditions does not match the profile at all: one join less.
            if (conditions.Count > 0)
            {
                when.Match(() => region)
                    .Match(() => ownPhase, f => own.Matches(f), f => region.Satisfies(conditions));
            }
            else
            {
                when.Match(() => ownPhase, f => own.Matches(f));
            }
        }

        if (neighbour is not null) when.Match(() => neighbourPhase, f => neighbour.Matches(f));

        // General advice has no focus point of its own, so no phase to carry.
        if (own is null) Then().Yield(_ => new AdviceCandidate(advice, AdviceKinds.General, null, weight));
        else Then().Yield(_ => new AdviceCandidate(advice, AdviceKinds.Profile, ownPhase.Phase, weight));
    }
}
