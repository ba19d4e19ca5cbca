using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Host.Reports.Csv;
using SamenOpleiden.Advisor.Host.Reports.Html;
using SamenOpleiden.Advisor.Host.Reports.Markdown;
using SamenOpleiden.Advisor.Rules;

namespace SamenOpleiden.Advisor.Bench;

/// <summary>
/// The HTML pages of the reports, each against a baseline of the same run that walks the same model into text: a
/// respondent's report page (over a seeded sample of results from the real rules) against the same report as Markdown,
/// and a coordinator's region view (12 respondents) against the same view as CSV. Single-threaded, in alternating blocks.
/// </summary>
internal static class ReportRenderingBenchmark
{
    private static readonly AlternatingBlocks Blocks = new(warmup: 500, iterations: 5_000, block: 250);

    public static async Task<string> RunAsync(string rulesDirectory)
    {
        var evaluator = RuleSetLoader.LoadCompiled(rulesDirectory, AdvisorRuleSet.Assembly);
        var typology = evaluator.Typology;
        var completedAt = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
        var results = AnswerPatterns.Sample(typology, evaluator.FollowUpQuestions.Keys.Order(StringComparer.Ordinal).ToList(), 50, RuleSetValidator.Seed)
            .Select(evaluator.Evaluate)
            .ToList();
        var reports = results
            .Select(result => AssessmentReportBuilder.Build(result, typology, new Dictionary<string, string>(), new ReportMetadata(completedAt, result.Profile.Role)))
            .ToList();
        var details = new RegionDetails("noord", "Onderwijsregio Noord", [new RegionRound(1, completedAt)]);
        var respondents = results.Take(12)
            .Select((result, i) => new ArchivedAssessment { ReportId = $"r{i}", UserKey = $"u{i}", RegionId = "noord", Round = 1, CompletedAt = completedAt.AddMinutes(i), Result = result })
            .ToList();
        var region = RegionAggregator.Aggregate(details, 1, respondents, [], evaluator);
        var links = new RegionViewLinks("noord", "Qh7vR2mXc9LpT4wZk8NbYd");
        var load = AlternatingBlocks.LoadAverage();

        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();

        var (reportPage, markdown, reportAllocated) = await Blocks.MeasureAsync(
            async i => await HtmlPage.RenderAsync<AssessmentReportPage>(services, new()
            {
                [nameof(AssessmentReportPage.Report)] = reports[i % reports.Count],
                [nameof(AssessmentReportPage.Typology)] = typology,
                [nameof(AssessmentReportPage.SelfPath)] = "/rapport/bench",
            }),
            i => Done(ReportMarkdownRenderer.Render(reports[i % reports.Count], typology)));
        var (regionPage, csv, regionAllocated) = await Blocks.MeasureAsync(
            async _ => await HtmlPage.RenderAsync<RegionViewPage>(services, new()
            {
                [nameof(RegionViewPage.Region)] = region,
                [nameof(RegionViewPage.Details)] = details,
                [nameof(RegionViewPage.Typology)] = typology,
                [nameof(RegionViewPage.Links)] = links,
            }),
            _ => Done(RegionCsvWriter.Write(region)));

        return new StringBuilder()
            .AppendLine("| measurement | median | p99 | median ÷ baseline |")
            .AppendLine("|---|---|---|---|")
            .AppendLine(AlternatingBlocks.Row("baseline: a report as Markdown", markdown, markdown))
            .AppendLine(AlternatingBlocks.Row("a report page (HTML)", reportPage, markdown))
            .AppendLine(AlternatingBlocks.Row("baseline: a region view as CSV (12 respondents)", csv, csv))
            .AppendLine(AlternatingBlocks.Row("a region view page (HTML, 12 respondents)", regionPage, csv))
            .AppendLine()
            .Append(CultureInfo.InvariantCulture,
                $"{Blocks.Iterations} timed runs each after at least {Blocks.Warmup} warm-up runs and until the JIT compiled nothing for two blocks, in alternating blocks of {Blocks.Block}; {reportAllocated / 1024.0:F0} KiB allocated per report page, {regionAllocated / 1024.0:F0} KiB per region page; {Environment.ProcessorCount} cores, load average {load} at the start; .NET {Environment.Version}, {AlternatingBlocks.RuntimeMode()}.")
            .ToString();
    }

    private static ValueTask Done<T>(T _) => ValueTask.CompletedTask;
}
