using System.Linq.Expressions;
using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Typering;

/// <summary>
/// Decides the region's phase from the phases of all focus points, collected once; the four rules of this stage hold
/// for exclusive tallies of a collection that is not empty (every focus point has a phase by then, known or not), so
/// every session gets exactly one region phase, decided once.
/// </summary>
[Tag("Typering"), Priority(RuleStages.Typering)]
public abstract class RegionPhaseRule(int? phase, Expression<Func<PhaseTally, bool>> holds) : Rule
{
    public override void Define()
    {
        var regionPhase = phase;
        var tallyHolds = RuleExpressions.Of<IEnumerable<FocusPhase>, PhaseTally>(phases => PhaseTally.Of(phases), holds);
        IEnumerable<FocusPhase> phases = null!;

        When()
            .Query(() => phases, q => q.Match<FocusPhase>().Collect().Where(tallyHolds));
        Then()
            .Yield(_ => RegionPhase.Of(regionPhase, phases));
    }
}
