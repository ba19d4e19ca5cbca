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
    public static RegionPhase Of(int? phase, IEnumerable<FocusPhase> phases)
    {
        var all = phases.ToList();
        return new RegionPhase(phase, PhaseTally.Of(all),
            phase is { } p ? Ordered(all.Where(f => f.Phase < p), p) : [],
            phase is { } q ? Ordered(all.Where(f => f.Phase > q), q) : []);
    }

    private static List<string> Ordered(IEnumerable<FocusPhase> phases, int regionPhase) =>
        phases.OrderByDescending(f => Math.Abs(regionPhase - f.Phase!.Value)).ThenBy(f => f.Order).Select(f => f.FocusPoint).ToList();
}
