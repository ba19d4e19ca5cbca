using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Core.Rules.Facts;

/// <summary>
/// One thing a rule may ask of the region profile, by a name that data rows use ("krimp", "zijInstromersBuiten"):
/// the typed condition, and how "waarom" says it in the region's own words.
/// </summary>
public sealed class RegionCondition(string name, Func<RegionProfile, bool> holds, Func<RegionProfile, string> clause, Func<RegionProfile, KeyValuePair<string, string>> used)
{
    /// <summary>The name data rows use, e.g. <c>krimp</c>.</summary>
    public string Name { get; } = name;

    public bool Holds(RegionProfile profile) => holds(profile);

    /// <summary>The condition in the region's words, e.g. "jullie zijn een krimpregio".</summary>
    public string Clause(RegionProfile profile) => clause(profile);

    /// <summary>The profile field this condition read and its value, for the audit trail (<c>profile.regionType = krimp</c>).</summary>
    public KeyValuePair<string, string> Used(RegionProfile profile) => used(profile);
}
