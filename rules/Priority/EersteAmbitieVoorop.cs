using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Priority;

/// <summary>The region's first ambition goes before its others.</summary>
[Name("Priority.EersteAmbitieVoorop")]
[Description("Jullie eerste ambitie gaat voor de andere.")]
// General advice has no focus point, so no rank: it never weighs more for the ambition.
public sealed class EersteAmbitieVoorop(PriorityWeights weights) : WeightRule<Ambition>(weights,
    (c, ambition) => ambition.RankOf(c.FocusPoint) == 1);
