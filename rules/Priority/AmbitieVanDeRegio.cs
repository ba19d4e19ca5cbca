using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Rules.Data;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Rules.Priority;

/// <summary>Advice for a focus point the region wants to move on first weighs more.</summary>
[Name("Priority.AmbitieVanDeRegio")]
[Description("Waar jullie zelf eerst op willen bewegen, krijgt voorrang.")]
// General advice has no focus point, so no rank: it never weighs more for the ambition.
public sealed class AmbitieVanDeRegio(PriorityWeights weights) : WeightRule<Ambition>(weights,
    (c, ambition) => ambition.RankOf(c.FocusPoint) > 0);
