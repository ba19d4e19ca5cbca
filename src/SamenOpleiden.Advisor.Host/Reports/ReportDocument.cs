using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Core.Typology;
using SamenOpleiden.Advisor.Host.Reports.Html;
using SamenOpleiden.Advisor.Host.Reports.Markdown;

namespace SamenOpleiden.Advisor.Host.Reports;

/// <summary>
/// One respondent's report in its three forms: the HTML page (with the radar chart), Markdown and JSON. The same whether
/// the service serves it at its link or the terminal writes it to files.
/// </summary>
internal sealed class ReportDocument(AssessmentResult result, IReadOnlyDictionary<string, string> remarks, DateTimeOffset completedAt, TypologyModel typology)
{
    private readonly AssessmentReport _report =
        AssessmentReportBuilder.Build(result, typology, remarks, new ReportMetadata(completedAt, result.Profile.Role));

    /// <summary>The page's parameters; <paramref name="selfPath"/> is where the page is, its exports beside it (<c>.md</c>, <c>.json</c>).</summary>
    public Dictionary<string, object?> PageParameters(string selfPath) => new()
    {
        [nameof(AssessmentReportPage.Report)] = _report,
        [nameof(AssessmentReportPage.Typology)] = typology,
        [nameof(AssessmentReportPage.SelfPath)] = selfPath,
    };

    public string Markdown() => ReportMarkdownRenderer.Render(_report, typology);

    public string Json() => AssessmentJson.Serialize(result);
}
