using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Testing.Reports;
using SamenOpleiden.Advisor.Host.Reports.Html;
using SamenOpleiden.Advisor.Testing;

namespace SamenOpleiden.Advisor.Host.Tests.Reports.Html;

public sealed class HtmlPageTests
{
    [Fact]
    public async Task PagesRenderedAtTheSameTimeAreEachWholeAndTheSameAsWhenRenderedAlone()
    {
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var pages = SharedCases.Phases.Keys.Select(caseId => Parameters(ResultFixtures.SharedCase(caseId))).ToList();
        var alone = new List<string>();
        foreach (var page in pages)
        {
            alone.Add(await HtmlPage.RenderAsync<AssessmentReportPage>(services, page));
        }

        var together = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() => HtmlPage.RenderAsync<AssessmentReportPage>(services, pages[i % pages.Count]))));

        Assert.Equal(3, alone.Distinct().Count());
        Assert.All(together.Select((html, i) => (html, i)), page => Assert.Equal(alone[page.i % pages.Count], page.html));
    }

    [Fact]
    public async Task AMessageAnswersWithItsStatusAndItsDutchTextAsAnHtmlPage()
    {
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();

        await HtmlPage.Message("Geen toegang", "Alleen voor de coördinator <van de regio>.", StatusCodes.Status403Forbidden).ExecuteAsync(context);

        context.Response.Body.Position = 0;
        var page = PageDocument.Parse(await new StreamReader(context.Response.Body).ReadToEndAsync());
        Assert.Equal(StatusCodes.Status403Forbidden, context.Response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", context.Response.ContentType);
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Geen toegang", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Alleen voor de coördinator <van de regio>.", page.QuerySelector("h1 + p")!.TextContent);
    }

    private static Dictionary<string, object?> Parameters(Core.Assessment.AssessmentResult result) => new()
    {
        [nameof(AssessmentReportPage.Report)] = AssessmentReportBuilder.Build(
            result, RealRules.Typology, new Dictionary<string, string>(), new ReportMetadata(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero), null)),
        [nameof(AssessmentReportPage.Typology)] = RealRules.Typology,
        [nameof(AssessmentReportPage.SelfPath)] = "/rapport/abc",
    };
}
