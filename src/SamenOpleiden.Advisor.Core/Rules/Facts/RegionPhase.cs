namespace SamenOpleiden.Advisor.Core.Rules.Facts;

/// <summary>The region's phase and shape: exactly one per session, decided by a typering rule over all focus phases.</summary>
public sealed class RegionPhase
{
    private RegionPhase(int? phase, PhaseTally tally, IReadOnlyList<string> laggards, IReadOnlyList<string> frontrunners)
    {
        Phase = phase;
        Tally = tally;
        Laggards = laggards;
        Frontrunners = frontrunners;
    }

    /// <summary>1-3, or null when no focus point has a phase yet.</summary>
    public int? Phase { get; }

    public PhaseTally Tally { get; }

    /// <summary>Focus points below the region's phase, furthest behind first, then in sheet order.</summary>
    public IReadOnlyList<string> Laggards { get; }

    /// <summary>Focus points above the region's phase, furthest ahead first, then in sheet order.</summary>
    public IReadOnlyList<string> Frontrunners { get; }

    /// <summary>The region on <paramref name="phase"/> (null: undetermined), with its laggards and frontrunners among <paramref name="phases"/>.</summary>
    /// <remarks>Plain loops: a typering rule calls this in every evaluation.</remarks>
    public static RegionPhase Of(int? phase, IEnumerable<FocusPhase> phases)
    {
        var all = phases.ToList();
        if (phase is not { } regionPhase) return new RegionPhase(null, PhaseTally.Of(all), [], []);

        List<FocusPhase> laggards = [], frontrunners = [];
        foreach (var focus in all)
        {
            if (focus.Phase < regionPhase) laggards.Add(focus);
            else if (focus.Phase > regionPhase) frontrunners.Add(focus);
        }

        return new RegionPhase(regionPhase, PhaseTally.Of(all), Ordered(laggards, regionPhase), Ordered(frontrunners, regionPhase));
    }

    // Furthest from the region's phase first, then in sheet order (a focus point's order is unique: a total order).
    private static List<string> Ordered(List<FocusPhase> phases, int regionPhase)
    {
        phases.Sort((a, b) =>
        {
            var byDistance = Math.Abs(regionPhase - b.Phase!.Value).CompareTo(Math.Abs(regionPhase - a.Phase!.Value));
            return byDistance != 0 ? byDistance : a.Order.CompareTo(b.Order);
        });
        var ids = new List<string>(phases.Count);
        foreach (var focus in phases) ids.Add(focus.FocusPoint);
        return ids;
    }
}
