using SamenOpleiden.Advisor.Testing;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Testing.Reports;
using SamenOpleiden.Advisor.Host.Tests.Reports;
using Xunit.Abstractions;

namespace SamenOpleiden.Advisor.Host.Tests.Browser;

/// <summary>The report as a coordinator sees it: served by Kestrel on 127.0.0.1, rendered and printed by headless Chromium.</summary>
[Trait("Needs", "Browser")]
public sealed class ReportBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly AdvisorHost _app = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Uri _baseAddress = null!;
    private ReportLink _link = null!;

    public async Task InitializeAsync()
    {
        _baseAddress = _app.StartKestrel();
        _link = await _app.SaveAsync(
            "web:browser",
            ResultFixtures.SharedCase("stad-en-streek"),
            remarks: new Dictionary<string, string> { ["professionals-hr"] = "HR schuift pas aan bij de jaarplanning." });
        (_playwright, _browser) = await ChromiumBrowser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task AReportRendersWithItsRadarAndTableAndIsSavedAsAScreenshot()
    {
        var page = await OpenReportAsync();

        var radar = page.Locator("figure svg.radar");
        await Assertions.Expect(radar).ToBeVisibleAsync();
        var box = await radar.BoundingBoxAsync();
        Assert.True(box!.Width > 400, $"the radar is {box.Width}px wide");
        Assert.Equal(11, await page.Locator("svg.radar line.axis").CountAsync());
        Assert.Equal(11, await page.Locator("#fasen-tabel tbody tr").CountAsync());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Stad & Streek");
        await Assertions.Expect(page.GetByText("HR schuift pas aan bij de jaarplanning.")).ToBeVisibleAsync();

        var screenshot = ChromiumBrowser.ArtifactPath("report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"screenshot: {screenshot}");
        Assert.True(new FileInfo(screenshot).Length > 20_000);
    }

    [Fact]
    public async Task AReportPrintsToAnA4PdfWithoutTheButtons()
    {
        var page = await OpenReportAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var hiddenWhenPrinted = await page.Locator("nav.actions").IsHiddenAsync();
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, Path = ChromiumBrowser.ArtifactPath("report.pdf") });

        Assert.True(hiddenWhenPrinted);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.True(pdf.Length > 20_000, $"the PDF has only {pdf.Length} bytes");
        var pages = Regex.Matches(Encoding.Latin1.GetString(pdf), @"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]");
        Assert.InRange(pages.Count, 2, 20);
        Assert.All(pages, page =>
        {
            // A4 is 210 x 297 mm = 595 x 842 points.
            Assert.InRange(double.Parse(page.Groups[1].Value, CultureInfo.InvariantCulture), 594, 597);
            Assert.InRange(double.Parse(page.Groups[2].Value, CultureInfo.InvariantCulture), 841, 844);
        });
        output.WriteLine($"pdf: {ChromiumBrowser.ArtifactPath("report.pdf")} ({pdf.Length} bytes)");
    }

    private async Task<IPage> OpenReportAsync()
    {
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 1400 } });
        var response = await page.GotoAsync(new Uri(_baseAddress, _link.Path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.Equal(200, response!.Status);
        return page;
    }
}
