using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Reports;

/// <summary>
/// Aggregates the finished assessments of one region round. The regional typering and roadmap come
/// from the same rules as an individual result: the regional phases are evaluated, never advised here.
/// </summary>
public static class RegionAggregator
{
    /// <summary>
    /// Builds the region view of <paramref name="round"/> from its assessments and those of the
    /// previous round (empty in round 1). Only each respondent's latest assessment per round counts.
    /// </summary>
    public static RegionReport Aggregate(
        RegionDetails region,
        int round,
        IReadOnlyList<ArchivedAssessment> current,
        IReadOnlyList<ArchivedAssessment> previous,
        IAssessmentEvaluator evaluator)
    {
        var typology = evaluator.Typology;
        var respondents = LatestPerRespondent(current);
        var earlier = LatestPerRespondent(previous);
        var labels = RespondentLabeler.Label(respondents);

        var spreads = typology.FocusPoints
            .Select(focusPoint => Spread(focusPoint, respondents, earlier))
            .ToList();

        return new RegionReport
        {
            RegionId = region.Id,
            RegionName = region.Name,
            Round = round,
            PreviousRound = round > 1 ? round - 1 : null,
            Respondents = respondents.Select((a, i) => new RespondentColumn(labels[i], a.ReportId, a.CompletedAt)).ToList(),
            FocusPoints = spreads,
            Regional = respondents.Count == 0 ? null : evaluator.Evaluate(RegionalInput(region, respondents, spreads, typology)),
        };
    }

    private static FocusPointSpread Spread(
        FocusPoint focusPoint, IReadOnlyList<ArchivedAssessment> respondents, IReadOnlyList<ArchivedAssessment> earlier)
    {
        var phases = respondents.Select(a => a.Result.Phases.GetValueOrDefault(focusPoint.Id)).ToList();
        var previousPhases = earlier.Select(a => a.Result.Phases.GetValueOrDefault(focusPoint.Id));
        return new FocusPointSpread(
            focusPoint.Id,
            focusPoint.Name,
            focusPoint.ShortName,
            phases,
            PhaseStatistics.Count(phases),
            PhaseStatistics.Median(phases),
            PhaseStatistics.RegionalPhase(phases),
            PhaseStatistics.Disagree(phases),
            PhaseStatistics.Median(previousPhases));
    }

    private static AssessmentInput RegionalInput(
        RegionDetails region, IReadOnlyList<ArchivedAssessment> respondents, IReadOnlyList<FocusPointSpread> spreads, TypologyModel typology) =>
        new()
        {
            // The latest respondent's profile stands for the region; the role is no one's in particular.
            Profile = respondents[^1].Result.Profile with { Role = null, RegionName = region.Name },
            Answers = spreads.ToDictionary(s => s.FocusPointId, s => s.RegionalPhase),
            Ambition = RankAmbition(respondents, typology),
        };

    /// <summary>Focus points by how many respondents prioritised them, then by their average rank, then sheet order.</summary>
    private static IReadOnlyList<string> RankAmbition(IReadOnlyList<ArchivedAssessment> respondents, TypologyModel typology) =>
        respondents
            .SelectMany(a => a.Result.Ambition.Select((id, rank) => (id, rank)))
            .Where(x => typology.Find(x.id) is not null)
            .GroupBy(x => x.id)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Average(x => x.rank))
            .ThenBy(g => typology.IndexOf(g.Key))
            .Select(g => g.Key)
            .ToList();

    private static IReadOnlyList<ArchivedAssessment> LatestPerRespondent(IReadOnlyList<ArchivedAssessment> assessments) =>
        assessments
            .GroupBy(a => a.UserKey, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(a => a.CompletedAt).ThenByDescending(a => a.ReportId, StringComparer.Ordinal).First())
            .OrderBy(a => a.CompletedAt)
            .ThenBy(a => a.ReportId, StringComparer.Ordinal)
            .ToList();
}
