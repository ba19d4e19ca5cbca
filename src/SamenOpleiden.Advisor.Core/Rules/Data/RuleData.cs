using SamenOpleiden.Advisor.Core.Advice;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Rules.Data;

/// <summary>Everything the rules read from the data files of <c>rules/</c>, checked: the typology, texts, tables and weights.</summary>
public sealed record RuleData(
    TypologyModel Typology,
    AdviceCatalog Advice,
    IReadOnlyList<ConsistencyRow> Consistency,
    IReadOnlyList<ProfileAdviceRow> ProfileAdvice,
    IReadOnlyList<PriorityRow> Priorities,
    PriorityWeights Weights,
    RoadmapSettings Roadmap,
    TyperingTexts Typering)
{
    /// <summary>The rows of the family whose row type is <paramref name="rowType"/>, or null when no table has that type.</summary>
    public IReadOnlyList<RuleRow>? RowsOf(Type rowType) =>
        rowType == typeof(ConsistencyRow) ? Consistency
        : rowType == typeof(ProfileAdviceRow) ? ProfileAdvice
        : rowType == typeof(PriorityRow) ? Priorities
        : null;

    /// <summary>What a rule's constructor may ask for besides a row, or null.</summary>
    public object? Service(Type type) =>
        type == typeof(TypologyModel) ? Typology
        : type == typeof(AdviceCatalog) ? Advice
        : type == typeof(PriorityWeights) ? Weights
        : type == typeof(RoadmapPlanner) ? new RoadmapPlanner(Roadmap, Typology)
        : null;
}
