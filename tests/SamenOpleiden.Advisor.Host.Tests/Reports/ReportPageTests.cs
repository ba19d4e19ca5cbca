using SamenOpleiden.Advisor.Testing;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Testing.Reports;
using SamenOpleiden.Advisor.Host.Tests.Reports.Html;

namespace SamenOpleiden.Advisor.Host.Tests.Reports;

public sealed class ReportPageTests : IDisposable
{
    private readonly AdvisorHost _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [MemberData(nameof(SharedCases.Ids), MemberType = typeof(SharedCases))]
    public async Task TheReportOfEachSharedCaseShowsAllElevenFocusPointsAndARadarWithElevenAxes(string caseId)
    {
        var link = await _app.SaveAsync("web:" + caseId, ResultFixtures.SharedCase(caseId));

        var response = await _app.CreateClient().GetAsync(link.Path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        foreach (var focusPoint in RealRules.Typology.FocusPoints)
        {
            Assert.Contains($"<tr data-focus-point=\"{focusPoint.Id}\">", html);
        }

        var svg = XElement.Parse(Between(html, "<svg", "</svg>"));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var axes = svg.Descendants(ns + "line").Where(l => (string?)l.Attribute("class") == "axis").ToList();
        Assert.Equal(RealRules.Typology.FocusPoints.Select(f => f.Id), axes.Select(a => (string?)a.Attribute("data-focus-point")));
        Assert.NotEmpty(svg.Element(ns + "title")!.Value);
        Assert.Contains("fase", svg.Element(ns + "desc")!.Value);
    }

    [Fact]
    public async Task TheReportShowsDescriptorsRemarksTyperingRoadmapAndRulesVersion()
    {
        var result = ResultFixtures.SharedCase("stad-en-streek");
        var link = await _app.SaveAsync("web:1", result, remarks: new Dictionary<string, string> { ["professionals-hr"] = "HR schuift pas laat aan <nog>" });

        var page = PageDocument.Parse(await _app.CreateClient().GetStringAsync(link.Path));

        Assert.Equal("Stad & Streek", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Collectief en strategisch georganiseerd", page.QuerySelector("#fasen-tabel")!.TextContent);
        Assert.Equal("HR schuift pas laat aan <nog>", PageDocument.Row(page, "professionals-hr").QuerySelector("td.remark")!.TextContent);
        Assert.Contains(result.Typering.Summary, page.QuerySelector("#typering .typering")!.TextContent);
        var step = page.QuerySelector("#stappenplan section.step")!;
        Assert.Equal(result.Steps[0].Title, step.QuerySelector("h3")!.TextContent);
        var first = result.Steps[0].Items[0];
        var advice = step.QuerySelector($"article.advice[data-advice='{first.Id}']")!;
        Assert.Equal(first.Title, advice.QuerySelector("h4")!.TextContent);
        Assert.StartsWith($"Trekker: {first.Lead}; met ", advice.QuerySelectorAll("p.facts").Last().TextContent);
        Assert.Contains($"Termijn: {first.Horizon}", advice.QuerySelectorAll("p.facts").Last().TextContent);
        Assert.Equal(first.Trace[0].Text, advice.QuerySelector(".why li")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("#regels dd code"), code => code.TextContent.StartsWith(first.RuleIds[0], StringComparison.Ordinal));
        var version = Regex.Match(page.QuerySelector("header .meta")!.TextContent, "Regelversie (sha256:[0-9a-f]{12})");
        Assert.True(version.Success);
        Assert.StartsWith(version.Groups[1].Value, result.RulesVersion);
        Assert.Contains("@media print", page.QuerySelector("style")!.TextContent);
    }

    [Fact]
    public async Task TheJsonExportIsTheAssessOutput()
    {
        var result = ResultFixtures.SharedCase("vallei-en-velden");
        var link = await _app.SaveAsync("web:1", result);

        var response = await _app.CreateClient().GetAsync(link.Path + ".json");

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(AssessmentJson.Serialize(result), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnUnknownLinkGetsADutch404Page()
    {
        await _app.SaveAsync("web:1", ResultFixtures.SharedCase("binnenmeren"));

        var response = await _app.CreateClient().GetAsync("/rapport/AAAAAAAAAAAAAAAAAAAAAA");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Dit rapport bestaat niet (meer)", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnUnknownExportFormatIsNotFound()
    {
        var link = await _app.SaveAsync("web:1", ResultFixtures.SharedCase("binnenmeren"));

        var response = await _app.CreateClient().GetAsync(link.Path + ".exe");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ReportPagesAreNeitherCachedNorLeakedThroughTheReferrer()
    {
        var link = await _app.SaveAsync("web:1", ResultFixtures.SharedCase("binnenmeren"));

        var response = await _app.CreateClient().GetAsync(link.Path);

        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task AfterDeletingTheRespondentTheirLinkIsGone()
    {
        var link = await _app.SaveAsync("web:1", ResultFixtures.SharedCase("binnenmeren"));

        await _app.Archive.DeleteRespondentAsync("web:1", default);

        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateClient().GetAsync(link.Path)).StatusCode);
    }

    internal static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, from, StringComparison.Ordinal) + end.Length;
        return text[from..to];
    }
}
