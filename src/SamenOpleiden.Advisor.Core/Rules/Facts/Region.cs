using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Core.Rules.Facts;

/// <summary>The region profile as rules see it: one per session, read through the named <see cref="RegionCondition"/>s.</summary>
public sealed class Region(RegionProfile profile)
{
    public RegionProfile Profile { get; } = profile;

    /// <summary>True when every condition holds (none given: true).</summary>
    public bool Satisfies(IReadOnlyList<RegionCondition> conditions)
    {
        foreach (var condition in conditions)
            if (!condition.Holds(Profile)) return false;
        return true;
    }
}
