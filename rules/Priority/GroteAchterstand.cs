using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Priority;

/// <summary>A focus point two phases behind the region weighs more still.</summary>
[Name("Priority.GroteAchterstand")]
[Description("Twee fasen achterstand op de regio is de grootste rem; dat gaat voor.")]
public sealed class GroteAchterstand(PriorityWeights weights) : WeightRule<RegionPhase>(weights,
    c => c.Kind != AdviceKinds.Deepen && c.Phase != null,
    (c, region) => region.Phase - c.Phase >= 2);
