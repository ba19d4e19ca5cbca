using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Priority;

/// <summary>Developing a focus point that lags behind the region's phase comes first.</summary>
[Name("Priority.AchterblijverOpDeRegio")]
[Description("Wat achterblijft bij de rest van de regio, komt eerst: daar houdt het de samenwerking tegen.")]
public sealed class AchterblijverOpDeRegio(PriorityWeights weights) : WeightRule<RegionPhase>(weights,
    c => c.Kind != AdviceKinds.Deepen && c.Phase != null,
    (c, region) => c.Phase < region.Phase);
