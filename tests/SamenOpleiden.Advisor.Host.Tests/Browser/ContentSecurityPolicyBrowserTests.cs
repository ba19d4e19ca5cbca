using SamenOpleiden.Advisor.Testing;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Testing.Reports;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Testing.Processes;

namespace SamenOpleiden.Advisor.Host.Tests.Browser;

/// <summary>
/// The security headers in a real browser: under the Content-Security-Policy the landing page's Web Chat, the chat
/// embedded on a configured site and the report with its radar chart and print button all work, the browser reports
/// no violation, and only the configured site may show the advisor in a frame.
/// </summary>
[Trait("Needs", "Browser")]
public sealed class ContentSecurityPolicyBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IAsyncLifetime
{
    // Runs before any script of the page: counts what the policy blocks, and stands in for the print dialog.
    private const string Watch = """
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
        window.print = () => { window.__printed = true; };
        """;

    private readonly int _sitePort = FreePort.OnLoopback();
    private readonly int _otherSitePort = FreePort.OnLoopback();
    private readonly AdvisorHost _app = AdvisorHost.ForWebChat(bot: "advisor");
    private readonly List<IPage> _pages = [];
    private WebApplication? _site;
    private WebApplication? _otherSite;
    private Uri _advisor = null!;

    public async Task InitializeAsync()
    {
        _app.Settings["DirectLine:AllowedOrigins"] = $"http://127.0.0.1:{_sitePort}";
        _app.ConfigureServices = services => services.AddSingleton<IConversationEngine, ScriptedAssessmentEngine>();
        _advisor = _app.StartKestrel();
        _site = await StartSiteAsync(_sitePort, _advisor);
        _otherSite = await StartSiteAsync(_otherSitePort, _advisor);
    }

    public async Task DisposeAsync()
    {
        // Closed first: an open page keeps its WebSocket, and the service would wait for it to stop.
        foreach (var page in _pages)
        {
            await page.CloseAsync();
        }

        foreach (var site in new[] { _site, _otherSite })
        {
            if (site is not null)
            {
                await site.DisposeAsync();
            }
        }

        _app.Dispose();
    }

    [Fact]
    public async Task TheLandingPagesWebChatWorksUnderThePolicyWithoutAViolation()
    {
        var page = await OpenAsync(_advisor);

        await WebChatPageTests.Expect(page.GetByText(ScriptedAssessmentEngine.Questions[0]));
        await WebChatPageTests.ClickChoiceAsync(page, "Fase 2");
        await WebChatPageTests.Expect(page.GetByText(ScriptedAssessmentEngine.Questions[1]));

        var violations = await ViolationsAsync(page);
        ReliabilityLog.Write($"hardening #9 security headers in Chromium: landing page with Web Chat over its WebSocket, two questions answered, {violations.Count} policy violations");
        Assert.Empty(violations);
    }

    [Fact]
    public async Task TheChatEmbeddedOnTheConfiguredSiteWorksAndOnlyThatSiteMayFrameTheAdvisor()
    {
        var page = await OpenAsync(new Uri($"http://127.0.0.1:{_sitePort}/"));
        await WebChatPageTests.Expect(page.GetByText(ScriptedAssessmentEngine.Questions[0]));
        await WebChatPageTests.ClickChoiceAsync(page, "Fase 1");
        await WebChatPageTests.Expect(page.GetByText(ScriptedAssessmentEngine.Questions[1]));
        var framedHere = await FramedPageAsync(page);

        var other = await OpenAsync(new Uri($"http://127.0.0.1:{_otherSitePort}/"));
        var framedElsewhere = await FramedPageAsync(other);

        ReliabilityLog.Write($"hardening #9 frame-ancestors in Chromium: the advisor framed by the configured site {(framedHere ? "shown" : "refused")}, " +
            $"by another site {(framedElsewhere ? "shown" : "refused")}");
        Assert.Empty(await ViolationsAsync(page));
        Assert.True(framedHere, "the configured site could not show the advisor in a frame");
        Assert.False(framedElsewhere, "a site that is not configured could show the advisor in a frame");
    }

    [Fact]
    public async Task TheReportsRadarChartAndPrintButtonWorkUnderThePolicy()
    {
        var link = await _app.Services.GetRequiredService<SamenOpleiden.Advisor.Core.Reports.IReportArchive>().SaveAsync(new()
        {
            UserKey = "web:csp",
            CompletedAt = DateTimeOffset.UtcNow,
            Result = ResultFixtures.SharedCase("stad-en-streek"),
            Remarks = new Dictionary<string, string>(),
        }, default);
        var page = await OpenAsync(new Uri(_advisor, link.Path));

        await Assertions.Expect(page.Locator("figure svg.radar")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Afdrukken of opslaan als PDF" }).ClickAsync();

        Assert.True(await page.EvaluateAsync<bool>("() => window.__printed === true"), "the print button's handler was blocked");
        Assert.Empty(await ViolationsAsync(page));
    }

    private async Task<IPage> OpenAsync(Uri address)
    {
        var page = await chromium.Browser.NewPageAsync();
        _pages.Add(page);
        await page.AddInitScriptAsync(Watch);
        await page.GotoAsync(address.ToString());
        return page;
    }

    private static async Task<List<string>> ViolationsAsync(IPage page) =>
        [.. await page.EvaluateAsync<string[]>("() => window.__violations")];

    /// <summary>Whether the site's frame with the advisor's landing page shows it (a refused frame shows the browser's error page).</summary>
    private static async Task<bool> FramedPageAsync(IPage page)
    {
        var frame = page.Frame("advisor");
        for (var attempt = 0; attempt < 50 && (frame is null || frame.Url is "" or "about:blank"); attempt++)
        {
            await Task.Delay(100);
            frame = page.Frame("advisor");
        }

        try
        {
            return frame is not null && await frame.Locator("#chat-title").CountAsync() == 1;
        }
        catch (PlaywrightException)
        {
            return false;
        }
    }

    /// <summary>A site of its own origin that embeds the chat as the README says, and shows the advisor's page in a frame.</summary>
    private static async Task<WebApplication> StartSiteAsync(int port, Uri advisor)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var site = builder.Build();
        site.MapGet("/", () => Results.Content($"""
            <!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Site</title></head><body>
            <div id="samenopleiden-chat" style="height: 600px"></div>
            <script src="{advisor}embed.js" data-target="samenopleiden-chat" defer></script>
            <iframe name="advisor" src="{advisor}" width="800" height="600"></iframe>
            </body></html>
            """, "text/html; charset=utf-8"));
        await site.StartAsync();
        return site;
    }
}
