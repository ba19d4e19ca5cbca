using NRules.RuleModel;
using SamenOpleiden.Advisor.Core.Advice;

namespace SamenOpleiden.Advisor.Core.Rules.Facts;

/// <summary>
/// Where the last rule of the chain writes the roadmap it drew up, with the match it drew it up from; the evaluator
/// inserts one per session and reads it after the session has settled.
/// </summary>
public sealed class Conclusion
{
    public PlannedRoadmap? Roadmap { get; private set; }

    /// <summary>The roadmap rule's match: the facts the result is explained from (NRules' own record of their sources).</summary>
    public IMatch? Match { get; private set; }

    /// <summary>Called by the roadmap rule each time it fires; the last firing sees the settled facts.</summary>
    public void Record(PlannedRoadmap roadmap, IMatch match)
    {
        Roadmap = roadmap;
        Match = match;
    }
}
