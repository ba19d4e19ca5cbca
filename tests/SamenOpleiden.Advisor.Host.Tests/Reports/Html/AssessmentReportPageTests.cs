using AngleSharp.Dom;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Testing.Reports;
using SamenOpleiden.Advisor.Host.Reports.Html;
using SamenOpleiden.Advisor.Testing;

namespace SamenOpleiden.Advisor.Host.Tests.Reports.Html;

public sealed class AssessmentReportPageTests
{
    private const string ScriptName = "<script>alert('x')</script> Vallei & \"Velden\"";

    [Fact]
    public async Task ARegionNameOrRemarkWithMarkupIsShownAsTextAndNothingOfItRuns()
    {
        var result = ResultFixtures.SharedCase("vallei-en-velden");
        result = result with { Profile = result.Profile with { RegionName = ScriptName } };
        var remark = "<img src=x onerror=alert(1)> zie 'notulen'";

        var page = await RenderAsync(result, new Dictionary<string, string> { ["professionals-hr"] = remark });

        Assert.Equal(ScriptName, page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Rapport Samen Opleiden — " + ScriptName, page.Title);
        Assert.Equal(remark, PageDocument.Row(page, "professionals-hr").QuerySelector("td.remark")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("script, img, [onerror]"));
    }

    [Fact]
    public async Task TheRadarChartHasAnAxisPerFocusPointAndPointsAtTheTableWithItsData()
    {
        var page = await RenderAsync(ResultFixtures.SharedCase("stad-en-streek"));

        var figure = page.QuerySelector("section#radar figure")!;
        Assert.Equal(
            RealRules.Typology.FocusPoints.Select(f => f.Id),
            figure.QuerySelectorAll("svg.radar line.axis").Select(axis => axis.GetAttribute("data-focus-point")));
        Assert.StartsWith("Radar van de elf focuspunten", figure.QuerySelector("svg > title")!.TextContent);
        Assert.Equal(11, page.GetElementById(figure.GetAttribute("aria-describedby")!)!.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task EveryAdviceNamesItsLeadAndTermAndSaysWhyInTheRegionsOwnWords()
    {
        var result = ResultFixtures.SharedCase("stad-en-streek");

        var page = await RenderAsync(result);

        var items = result.Steps.SelectMany(step => step.Items).ToList();
        Assert.NotEmpty(items);
        Assert.All(items, item =>
        {
            var article = page.QuerySelector($"article.advice[data-advice='{item.Id}']")!;
            Assert.Equal(item.Title, article.QuerySelector("h4")!.TextContent);
            var facts = article.QuerySelectorAll("p.facts").Last().TextContent;
            Assert.StartsWith($"Trekker: {item.Lead}", facts);
            Assert.Contains($"Termijn: {item.Horizon}", facts);
            Assert.Equal(item.Trace.Select(t => t.Text), article.QuerySelectorAll(".why li").Select(li => li.TextContent));
        });
    }

    [Theory]
    [MemberData(nameof(SharedCases.Ids), MemberType = typeof(SharedCases))]
    public async Task RuleIdsAppearInTheAppendixAndNowhereElse(string caseId)
    {
        var result = ResultFixtures.SharedCase(caseId);
        var ruleIds = result.Typering.Trace
            .Concat(result.PhaseTrace.Values.SelectMany(trace => trace))
            .Concat(result.FollowUps.SelectMany(f => f.Trace))
            .Concat(result.Steps.SelectMany(s => s.Items).SelectMany(i => i.Trace))
            .Select(t => t.RuleId)
            .Distinct()
            .ToList();

        var page = await RenderAsync(result);

        var appendix = page.QuerySelector("section#regels")!;
        var appendixText = appendix.TextContent;
        appendix.Remove();
        var restOfThePage = page.Body!.TextContent;
        Assert.NotEmpty(ruleIds);
        Assert.All(ruleIds, id => Assert.Contains(id, appendixText));
        Assert.All(ruleIds, id => Assert.DoesNotContain(id, restOfThePage));
    }

    [Fact]
    public async Task TheContentsLinkToEverySectionOfTheReportInOrder()
    {
        var page = await RenderAsync(ResultFixtures.SharedCase("binnenmeren"));

        var targets = page.QuerySelectorAll("nav.contents a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(page.QuerySelectorAll("main section[id]").Select(section => "#" + section.Id), targets);
        Assert.All(targets, target => Assert.StartsWith(
            page.QuerySelectorAll($"nav.contents a[href='{target}']").Single().TextContent,
            page.GetElementById(target[1..])!.QuerySelector("h2")!.TextContent,
            StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThePageCarriesItsOwnStylesheetAndNoScriptSoASavedCopyLooksTheSameOffline()
    {
        var page = await RenderAsync(ResultFixtures.SharedCase("binnenmeren"));

        var style = Assert.Single(page.QuerySelectorAll("style"));
        Assert.Contains("@media print", style.TextContent);
        Assert.Contains("table.reflow", style.TextContent);
        Assert.Empty(page.QuerySelectorAll("link, script"));
        Assert.Equal([PrintButton.Handler], page.QuerySelectorAll("[onclick]").Select(e => e.GetAttribute("onclick")));
    }

    private static Task<IDocument> RenderAsync(AssessmentResult result, IReadOnlyDictionary<string, string>? remarks = null) =>
        PageDocument.RenderAsync<AssessmentReportPage>(new()
        {
            [nameof(AssessmentReportPage.Report)] = AssessmentReportBuilder.Build(
                result, RealRules.Typology, remarks ?? new Dictionary<string, string>(), new ReportMetadata(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero), "HR")),
            [nameof(AssessmentReportPage.Typology)] = RealRules.Typology,
            [nameof(AssessmentReportPage.SelfPath)] = "/rapport/abc",
        });
}
