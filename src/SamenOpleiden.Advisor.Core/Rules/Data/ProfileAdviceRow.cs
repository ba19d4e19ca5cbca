using SamenOpleiden.Advisor.Core.Advice;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Core.Rules.Data;

/// <summary>
/// Advice that fits the region (<c>rules/profile-advice.json</c>): when the profile meets <see cref="RuleRow.When"/>,
/// the advice's focus point stands as <paramref name="Own"/> says and <paramref name="Neighbour"/> (if any) holds,
/// propose <paramref name="Advice"/> with <paramref name="Weight"/>. For a focus point it takes the place of the
/// general transition advice: one item per focus point reaches the roadmap.
/// </summary>
/// <param name="Own">The advice's own focus point and the phases it applies on; null for general advice.</param>
public sealed record ProfileAdviceRow(
    string Id, string Reason, IReadOnlyList<RegionCondition> When, PhaseFilter? Own, PhaseFilter? Neighbour, AdviceDefinition Advice, int Weight)
    : RuleRow(Id, Reason, When);
