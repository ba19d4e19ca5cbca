namespace SamenOpleiden.Advisor.Core.Reports;

/// <summary>Median, regional phase and disagreement of a set of answers; null answers ("weet ik niet") are left out.</summary>
internal static class PhaseStatistics
{
    public static PhaseCounts Count(IEnumerable<int?> phases)
    {
        var list = phases.ToList();
        return new PhaseCounts(
            list.Count(p => p == 1), list.Count(p => p == 2), list.Count(p => p == 3), list.Count(p => p is null));
    }

    public static double? Median(IEnumerable<int?> phases)
    {
        var known = Known(phases);
        if (known.Count == 0)
        {
            return null;
        }

        var middle = known.Count / 2;
        return known.Count % 2 == 1 ? known[middle] : (known[middle - 1] + known[middle]) / 2.0;
    }

    /// <summary>
    /// The lower median: the highest phase that more than half of the respondents reached. A
    /// region is not called phase 2 on a point because half of its respondents say so.
    /// </summary>
    public static int? RegionalPhase(IEnumerable<int?> phases)
    {
        var known = Known(phases);
        return known.Count == 0 ? null : known[(known.Count - 1) / 2];
    }

    public static bool Disagree(IEnumerable<int?> phases)
    {
        var known = Known(phases);
        return known.Count > 1 && known[^1] - known[0] >= 2;
    }

    private static List<int> Known(IEnumerable<int?> phases) =>
        phases.Where(p => p is not null).Select(p => p!.Value).Order().ToList();
}
