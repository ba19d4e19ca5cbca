using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Host.Reports.Csv;
using SamenOpleiden.Advisor.Host.Reports.Html;
using SamenOpleiden.Advisor.Host.Reports.Markdown;

namespace SamenOpleiden.Advisor.Host.Reports;

/// <summary>
/// Report and region pages. The edge only authorises and translates: the report model comes from
/// Core, the advice from the rules. Every answer is private (no caching, no referrer, no indexing),
/// because the address itself is the key.
/// </summary>
internal static class ReportEndpoints
{
    public static void MapReports(this WebApplication app)
    {
        var reports = app.MapGroup("").AddEndpointFilter(async (context, next) =>
        {
            var headers = context.HttpContext.Response.Headers;
            headers.CacheControl = "no-store";
            headers["Referrer-Policy"] = "no-referrer";
            headers["X-Robots-Tag"] = "noindex, nofollow";
            return await next(context);
        });

        reports.MapGet("/rapport/{file}", async (string file, IReportArchive archive, IAssessmentEvaluator rules, CancellationToken ct) =>
        {
            var (token, extension) = Split(file);
            var assessment = await archive.FindByLinkAsync(token, ct);
            return assessment is null ? NotFound() : Report(assessment, extension, $"/rapport/{token}", rules);
        });

        reports.MapGet("/regio/{file}", async (string file, string? token, int? ronde, HttpContext http, CoordinatorCheck coordinators, IRegionDirectory regions, IReportArchive archive, IAssessmentEvaluator rules, CancellationToken ct) =>
        {
            var (regionId, extension) = Split(file);
            if (await coordinators.RefuseAsync(http, regionId, token, ct) is { } refused)
            {
                return refused;
            }

            var details = await regions.FindAsync(regionId, ct);
            var round = ronde ?? details?.CurrentRound;
            if (details is null || round is null || details.Rounds.All(r => r.Number != round))
            {
                return NotFound();
            }

            var current = await archive.ListRoundAsync(regionId, round.Value, ct);
            var previous = round > 1 ? await archive.ListRoundAsync(regionId, round.Value - 1, ct) : [];
            var view = RegionAggregator.Aggregate(details, round.Value, current, previous, rules);
            return extension switch
            {
                "" => HtmlPage.Result<RegionViewPage>(new()
                {
                    [nameof(RegionViewPage.Region)] = view,
                    [nameof(RegionViewPage.Details)] = details,
                    [nameof(RegionViewPage.Typology)] = rules.Typology,
                    [nameof(RegionViewPage.Links)] = new RegionViewLinks(regionId, token!),
                }),
                "csv" => Results.File(RegionCsvWriter.Write(view), "text/csv; charset=utf-8", $"regio-{regionId}-ronde-{round}.csv"),
                _ => NotFound(),
            };
        });

        reports.MapGet("/regio/{regionId}/rapport/{file}", async (string regionId, string file, string? token, HttpContext http, CoordinatorCheck coordinators, IReportArchive archive, IAssessmentEvaluator rules, CancellationToken ct) =>
        {
            if (await coordinators.RefuseAsync(http, regionId, token, ct) is { } refused)
            {
                return refused;
            }

            var (reportId, extension) = Split(file);
            var assessment = await archive.FindInRegionAsync(regionId, reportId, ct);
            return assessment is null ? NotFound() : Report(assessment, extension, $"/regio/{regionId}/rapport/{reportId}", rules);
        });

        reports.MapPost("/regio/{regionId}/rondes", async (string regionId, string? token, HttpContext http, CoordinatorCheck coordinators, IRegionDirectory regions, CancellationToken ct) =>
        {
            if (await coordinators.RefuseAsync(http, regionId, token, ct) is { } refused)
            {
                return refused;
            }

            var round = await regions.OpenRoundAsync(regionId, ct);
            return Results.Redirect(new RegionViewLinks(regionId, token!).View(round), permanent: false, preserveMethod: false);
        });
    }

    private static IResult Report(ArchivedAssessment assessment, string extension, string selfPath, IAssessmentEvaluator rules)
    {
        var document = new ReportDocument(assessment.Result, assessment.Remarks, assessment.CompletedAt, rules.Typology);
        return extension switch
        {
            "" => HtmlPage.Result<AssessmentReportPage>(document.PageParameters(selfPath)),
            "md" => Results.Text(document.Markdown(), "text/markdown; charset=utf-8"),
            "json" => Results.Text(document.Json(), "application/json; charset=utf-8"),
            _ => NotFound(),
        };
    }

    /// <summary>Tokens and region ids contain no dots, so whatever follows the last dot is the export format.</summary>
    private static (string Name, string Extension) Split(string file)
    {
        var dot = file.LastIndexOf('.');
        return dot < 0 ? (file, "") : (file[..dot], file[(dot + 1)..].ToLowerInvariant());
    }

    private static IResult NotFound() => HtmlPage.Message(
        "Dit rapport bestaat niet (meer)",
        "De link is onbekend of verlopen. Rond de scan opnieuw af in de chat en typ 'rapport' voor een nieuwe link.",
        StatusCodes.Status404NotFound);
}
