namespace SamenOpleiden.Advisor.Core.Reports;

/// <summary>How the respondents of one round placed one focus point, and how that moved since the previous round.</summary>
/// <param name="FocusPointId">The focus point id.</param>
/// <param name="Name">The focus point's name.</param>
/// <param name="ShortName">A few words, for chart labels.</param>
/// <param name="PhaseByRespondent">Each respondent's phase (null = unknown), in the order of <see cref="RegionReport.Respondents"/>.</param>
/// <param name="Counts">How many respondents chose phase 1, 2, 3 or did not know.</param>
/// <param name="Median">The median of the known phases (e.g. 1.5), or null when nobody knew.</param>
/// <param name="RegionalPhase">The highest phase a majority of the respondents placed the focus point in; this is what the rules evaluate.</param>
/// <param name="Disagreement">True when respondents are two phases apart: worth a conversation.</param>
/// <param name="PreviousMedian">The median of the previous round, or null.</param>
public sealed record FocusPointSpread(
    string FocusPointId,
    string Name,
    string ShortName,
    IReadOnlyList<int?> PhaseByRespondent,
    PhaseCounts Counts,
    double? Median,
    int? RegionalPhase,
    bool Disagreement,
    double? PreviousMedian)
{
    /// <summary>The change of the median since the previous round, or null when either is missing.</summary>
    public double? Change => Median - PreviousMedian;
}
