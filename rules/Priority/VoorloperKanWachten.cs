using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Priority;

/// <summary>The next phase of a focus point that is already ahead of the region can wait.</summary>
[Name("Priority.VoorloperKanWachten")]
[Description("Dit focuspunt loopt al voor op de rest van de regio; de volgende fase kan wachten.")]
public sealed class VoorloperKanWachten(PriorityWeights weights) : WeightRule<RegionPhase>(weights,
    c => c.Kind == AdviceKinds.Transition,
    (c, region) => c.Phase > region.Phase);
