using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Core.Reports;

/// <summary>One line of the report's table: a focus point with its phase, the descriptor of that phase, the ambition and the respondent's remark.</summary>
/// <param name="FocusPointId">The focus point id.</param>
/// <param name="Name">The focus point's name on the typology sheet.</param>
/// <param name="ShortName">A few words, used as the radar chart's axis label.</param>
/// <param name="Phase">The phase the rules assigned (1-3), or null when unknown.</param>
/// <param name="PhaseName">The name of that phase, or null when unknown.</param>
/// <param name="Descriptor">The typology's descriptor of that phase, or null when unknown.</param>
/// <param name="AmbitionRank">1 for the focus point the region wants to move on first, and so on; null when it is not in the ambition.</param>
/// <param name="AmbitionPhase">The phase the region works towards on this focus point, when it is in the ambition.</param>
/// <param name="Remark">The respondent's remark, or null.</param>
/// <param name="Trace">Why the focus point got its phase.</param>
public sealed record FocusPointReportRow(
    string FocusPointId,
    string Name,
    string ShortName,
    int? Phase,
    string? PhaseName,
    string? Descriptor,
    int? AmbitionRank,
    int? AmbitionPhase,
    string? Remark,
    IReadOnlyList<RuleTrace> Trace);
