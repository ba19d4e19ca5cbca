using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Reports;

/// <summary>Builds the report model from a rules result; a pure function that adds no advice of its own.</summary>
public static class AssessmentReportBuilder
{
    /// <summary>
    /// Builds the report of <paramref name="result"/>. <paramref name="remarks"/> maps focus point ids
    /// to the respondent's remark; unknown ids are ignored.
    /// </summary>
    public static AssessmentReport Build(
        AssessmentResult result,
        TypologyModel typology,
        IReadOnlyDictionary<string, string> remarks,
        ReportMetadata metadata)
    {
        var rows = typology.FocusPoints
            .Select(focusPoint => BuildRow(focusPoint, result, typology, remarks))
            .ToList();
        return new AssessmentReport { Result = result, Metadata = metadata, Rows = rows };
    }

    private static FocusPointReportRow BuildRow(
        FocusPoint focusPoint,
        AssessmentResult result,
        TypologyModel typology,
        IReadOnlyDictionary<string, string> remarks)
    {
        var phase = result.Phases.GetValueOrDefault(focusPoint.Id);
        var rank = IndexOf(result.Ambition, focusPoint.Id);
        var remark = remarks.GetValueOrDefault(focusPoint.Id);
        return new FocusPointReportRow(
            focusPoint.Id,
            focusPoint.Name,
            focusPoint.ShortName,
            phase,
            phase is { } p ? typology.Phase(p).Name : null,
            phase is { } d ? focusPoint.DescriptorOf(d) : null,
            rank,
            rank is null ? null : AmbitionPhase(result, focusPoint.Id, phase),
            string.IsNullOrWhiteSpace(remark) ? null : remark.Trim(),
            result.PhaseTrace.GetValueOrDefault(focusPoint.Id) ?? []);
    }

    /// <summary>
    /// The rules say where a prioritised focus point goes through the target phase of its transition
    /// advice; only when they give none does the report assume the next phase.
    /// </summary>
    private static int? AmbitionPhase(AssessmentResult result, string focusPointId, int? phase)
    {
        var target = result.Steps
            .SelectMany(step => step.Items)
            .Where(item => item.FocusPoint == focusPointId && item.ToPhase is not null)
            .Max(item => item.ToPhase);
        return target ?? (phase is { } p ? Math.Min(p + 1, 3) : null);
    }

    private static int? IndexOf(IReadOnlyList<string> ambition, string focusPointId)
    {
        for (var i = 0; i < ambition.Count; i++)
        {
            if (ambition[i] == focusPointId)
            {
                return i + 1;
            }
        }

        return null;
    }
}
