namespace SamenOpleiden.Advisor.Core.Rules;

/// <summary>
/// The stages of the rule set, as NRules priorities: within one firing cycle an earlier stage fires first, so a
/// later stage sees what the earlier one concluded (follow-ups, phases, region phase, candidates, weights, steps).
/// </summary>
public static class RuleStages
{
    public const int Consistency = 60;
    public const int Phase = 50;
    public const int Typering = 40;
    public const int Advice = 30;
    public const int Priority = 20;
    public const int Roadmap = 10;
}
