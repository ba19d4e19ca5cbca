using System.Text.Json;
using Microsoft.Playwright;
using SamenOpleiden.Advisor.Testing.Reports;
using SamenOpleiden.Advisor.Testing;
using Xunit.Abstractions;

namespace SamenOpleiden.Advisor.Host.Tests.Browser;

/// <summary>
/// What every page must pass at a phone's and a desktop's width: no sideways scrolling, no serious or critical
/// accessibility violation by axe-core (from npm, injected into the page), and a screenshot to look at.
/// </summary>
internal static class PageChecks
{
    public const int Phone = 375;
    public const int Desktop = 1280;

    private static readonly Lazy<string> AxeSource = new(() =>
    {
        var path = Path.Combine(RepositoryFiles.Root, "tests", "node", "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(path))
        {
            Assert.Fail($"axe-core is not installed at {path}: run scripts/setup.sh test (it runs npm ci in tests/node).");
        }

        return File.ReadAllText(path);
    });

    /// <summary>A page of the given width and a phone's or a laptop's height; scripts may be injected whatever the page's CSP says.</summary>
    public static async Task<IPage> OpenAsync(IBrowser browser, int width)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = width == Phone ? 667 : 900 },
            BypassCSP = true,
            Locale = "nl-NL",
        });
        return await context.NewPageAsync();
    }

    public static async Task AssertNoHorizontalOverflowAsync(IPage page, string name)
    {
        var size = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.body.scrollWidth, window.innerWidth]");
        if (size[0] > size[2] || size[1] > size[2])
        {
            var widest = await page.EvaluateAsync<string>("""
                () => [...document.body.querySelectorAll('*')]
                  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible')
                  .slice(0, 5).map(e => `${e.tagName.toLowerCase()}.${e.getAttribute('class') || ''} ends at ${Math.round(e.getBoundingClientRect().right)} px, scrolls ${e.scrollWidth}/${e.clientWidth}`).join('; ')
                """);
            Assert.Fail($"{name} is {Math.Max(size[0], size[1])} px wide in a {size[2]} px window, it scrolls sideways: {widest}");
        }
    }

    /// <summary>
    /// A table shown row by row (table.reflow, on a phone) reads as a list: each row's name is a heading with its values on
    /// the lines below, not run together ("kwaliteitSchoolopleider: 1"), and a cell without a value shows no label either.
    /// </summary>
    public static async Task AssertReflowedRowsReadAsListsAsync(IPage page, string name)
    {
        var runTogether = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('table.reflow td.name')]
              .filter(n => n.nextElementSibling && n.nextElementSibling.getClientRects().length > 0
                && n.nextElementSibling.getBoundingClientRect().top < n.getBoundingClientRect().bottom - 1)
              .map(n => n.textContent)
            """);
        Assert.True(runTogether.Length == 0, $"{name}: values run on after the row's name: {string.Join(", ", runTogether)}");
        var emptyLabels = await page.EvaluateAsync<int>("""
            () => [...document.querySelectorAll('table.reflow td[data-label]')].filter(td => td.textContent.trim() === '' && td.getClientRects().length > 0).length
            """);
        Assert.True(emptyLabels == 0, $"{name}: {emptyLabels} labels shown without a value");
    }

    /// <summary>Runs axe-core on the page; fails on any serious or critical violation and reports what it found.</summary>
    public static async Task AssertAccessibleAsync(IPage page, string name, ITestOutputHelper output)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = AxeSource.Value });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({
              id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,
              targets: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 160))
            }))
            """);
        var found = violations.EnumerateArray().ToList();
        var width = await page.EvaluateAsync<int>("() => window.innerWidth");
        var serious = found.Where(v => v.GetProperty("impact").GetString() is "serious" or "critical").ToList();
        var summary = found.Count == 0
            ? "no violations"
            : string.Join("; ", found.Select(v => $"{v.GetProperty("impact").GetString()} {v.GetProperty("id").GetString()} ({v.GetProperty("nodes").GetInt32()})"));
        ReliabilityLog.Write($"{name} at {width} px: {serious.Count} serious or critical; {summary}", "axe");
        output.WriteLine($"axe {name} at {width} px: {violations}");
        Assert.True(serious.Count == 0, $"axe-core on {name} at {width} px: {JsonSerializer.Serialize(serious)}");
    }

    /// <summary>A full-page screenshot in TestResults/browser, named for the page and the width.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name, ITestOutputHelper output)
    {
        var width = await page.EvaluateAsync<int>("() => window.innerWidth");
        var path = ChromiumBrowser.ArtifactPath($"{name}-{width}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
        Assert.True(new FileInfo(path).Length > 5_000, $"the screenshot of {name} is nearly empty");
        return path;
    }
}
