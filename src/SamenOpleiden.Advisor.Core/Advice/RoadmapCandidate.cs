using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Core.Advice;

/// <summary>An advice item on its way into the roadmap: its score and the rules that shaped it so far.</summary>
internal sealed class RoadmapCandidate(AdviceDefinition advice, string kind, int phase, int order)
{
    public AdviceDefinition Advice { get; } = advice;
    public string Kind { get; } = kind;

    /// <summary>The phase of the item's focus point, 0 when unknown or none.</summary>
    public int Phase { get; } = phase;

    /// <summary>Typology position, the tie-breaker after the score.</summary>
    public int Order { get; } = order;
    public int Score { get; set; }
    public List<RuleTrace> Trace { get; } = [];

    public AdviceResultItem ToResult() => new(
        Advice.Id, Advice.FocusPoint, Kind, Phase == 0 ? null : Phase, Kind == "transition" ? Phase + 1 : null,
        Advice.Title, Advice.Actions, Advice.Who, Advice.Horizon, Advice.Instrument,
        Trace.Select(t => t.RuleId).Distinct(StringComparer.Ordinal).ToList(), Trace);
}
