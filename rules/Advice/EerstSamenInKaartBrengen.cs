using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Advice;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Advice;

/// <summary>When more than half of the focus points is unknown, the first step is to map the cooperation together.</summary>
[Name("Advice.EerstSamenInKaartBrengen"), Tag("Advice"), Priority(RuleStages.Advice)]
[Description("Van meer dan de helft van de focuspunten is de fase onbekend: breng de samenwerking eerst samen in kaart.")]
public sealed class EerstSamenInKaartBrengen(AdviceCatalog advice, PriorityWeights weights) : Rule
{
    public override void Define()
    {
        var mapTogether = advice.ById("samen-in-kaart-brengen");
        var weight = weights.For<EerstSamenInKaartBrengen>();
        RegionPhase region = null!;

        When()
            .Match(() => region, r => 2 * r.Tally.Unknown > r.Tally.Total);
        Then()
            .Yield(_ => new AdviceCandidate(mapTogether, AdviceKinds.General, null, weight));
    }
}
