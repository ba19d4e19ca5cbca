using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Priority;

/// <summary>The region's first ambition goes before its others.</summary>
[Name("Priority.EersteAmbitieVoorop")]
[Description("Jullie eerste ambitie gaat voor de andere.")]
public sealed class EersteAmbitieVoorop(PriorityWeights weights) : WeightRule<Ambition>(weights,
    c => c.FocusPoint != null,
    (c, ambition) => ambition.RankOf(c.FocusPoint) == 1);
