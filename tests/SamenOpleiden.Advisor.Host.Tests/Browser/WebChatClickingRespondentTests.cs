using SamenOpleiden.Advisor.Testing;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Host.Web.Assets;
using Xunit.Abstractions;
using static SamenOpleiden.Advisor.Host.Tests.Browser.WebChatPageTests;

namespace SamenOpleiden.Advisor.Host.Tests.Browser;

/// <summary>
/// The real assessment on a phone (375 px): a respondent who clicks wherever a button fits, from the first screen to
/// the result, with everything real (conversation engine, rules, Direct Line over a WebSocket, Web Chat). Counts the
/// turns (activities the page posts), and checks what a thumb needs: the chat in view, 44 px targets, whole labels.
/// </summary>
[Trait("Needs", "Browser")]
public sealed partial class WebChatClickingRespondentTests(ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>, IDisposable
{
    private readonly AdvisorHost _app = AdvisorHost.ForWebChat(bot: "advisor");

    [Fact]
    public async Task AClickingRespondentOnAPhone_ReachesTheResultInAtMost16Turns_WithTheChatInViewAndFingerSizedTargets()
    {
        var page = await PageChecks.OpenAsync(chromium.Browser, PageChecks.Phone);
        var turns = 0;
        page.Request += (_, request) => turns += request.Method == "POST" && ActivitiesPath().IsMatch(request.Url) ? 1 : 0;
        await page.GotoAsync(_app.StartKestrel().ToString());

        await Expect(Choice(page, "Geen code"));
        await AssertChatInViewAsync(page);
        await AssertFingerSizedAsync(page, "[data-id='webchat-sendbox-input'], .webchat__send-button, .webchat__suggested-action");
        await ClickChoiceAsync(page, "Geen code");

        await FillTheProfileFormAsync(page);
        await AssertFingerSizedAsync(page, ".ac-pushButton, .ac-textInput, .ac-numberInput, .ac-choiceSetInput-expanded > div, .ac-choiceSetInput-multiSelect > div");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Verstuur" }).Last.ClickAsync();

        foreach (var phase in Web.TeamsClickingRespondentTests.Phases)
        {
            await Expect(Choice(page, "Fase 1"));
            await AssertWholeLabelsAsync(page);
            await ClickChoiceAsync(page, phase);
        }

        for (var extra = 0; extra < 5 && !await Choice(page, "Geen voorkeur").IsVisibleAsync(); extra++)
        {
            // A follow-up the rules raise: keep the phase given.
            await Expect(page.Locator(".webchat__suggested-action", new PageLocatorOptions { HasTextRegex = new Regex("^Houden|Geen voorkeur") }));
            if (await page.Locator(".webchat__suggested-action", new PageLocatorOptions { HasTextRegex = new Regex("^Houden") }).CountAsync() > 0)
            {
                await ClickChoiceAsync(page, (await page.Locator(".webchat__suggested-action", new PageLocatorOptions { HasTextRegex = new Regex("^Houden") }).Last.InnerTextAsync()).Trim());
            }
        }

        await ClickChoiceAsync(page, "Geen voorkeur");
        var typering = page.GetByText("Jullie typering");
        await Expect(typering);
        await page.WaitForTimeoutAsync(500);

        ReliabilityLog.Write($"Web Chat: {turns} turns from the first screen to the result, clicking, at {PageChecks.Phone} px", "turns");
        Assert.InRange(turns, 1, 16);
        // The result is one card: it is read from its top, with the phases as facts and buttons for what comes next.
        await Assertions.Expect(typering).ToBeInViewportAsync();
        Assert.Equal(11, await page.Locator(".ac-factset").Last.Locator(".ac-fact-title").CountAsync());
        await AssertFingerSizedAsync(page, ".ac-pushButton");
        await PageChecks.AssertNoHorizontalOverflowAsync(page, "the page with the result");
        await PageChecks.AssertAccessibleAsync(page, "the landing page with the result card", output);
        await PageChecks.ScreenshotAsync(page, "webchat-result", output);
    }

    [Fact]
    public async Task TheChatScriptAndStylesComeCompressedFromAddressesWithTheirContentHash()
    {
        var page = await PageChecks.OpenAsync(chromium.Browser, PageChecks.Desktop);
        var responses = new List<IResponse>();
        page.Response += (_, response) => responses.Add(response);

        await page.GotoAsync(_app.StartKestrel().ToString());
        await Expect(Choice(page, "Geen code"));

        var bundle = Assert.Single(responses, r => HashedWebChat().IsMatch(r.Url));
        var headers = await bundle.AllHeadersAsync();
        Assert.Equal("br", headers["content-encoding"]);
        Assert.Equal(WebAssetsMiddleware.Immutable, headers["cache-control"]);
        var stylesheet = Assert.Single(responses, r => r.Url.Contains("/css/site.", StringComparison.Ordinal));
        Assert.Matches(@"/css/site\.[0-9a-f]{12}\.css$", stylesheet.Url);
        Assert.Equal("br", (await stylesheet.AllHeadersAsync())["content-encoding"]);
    }

    public void Dispose() => _app.Dispose();

    private static async Task FillTheProfileFormAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "Naam van jullie Onderwijsregio" }).FillAsync("Binnenmeren");
        await page.GetByRole(AriaRole.Spinbutton, new PageGetByRoleOptions { Name = "Aantal partnerschappen" }).FillAsync("3");
        await page.GetByRole(AriaRole.Spinbutton, new PageGetByRoleOptions { Name = "Realisatiegraad" }).FillAsync("75");
        // Radio buttons and check boxes: the card's input id is their name, the choice's value their value.
        foreach (var (field, value) in new[] { ("regionType", "krimp"), ("sectors", "po"), ("sectors", "vo"), ("sectors", "mbo"), ("voltijd", "volledig"), ("zijInstromers", "buiten") })
        {
            await page.Locator($".ac-adaptiveCard input[name='{field}'][value='{value}']").Last.CheckAsync();
        }
    }

    /// <summary>The whole chat panel, send box included, is on the screen without scrolling.</summary>
    private static async Task AssertChatInViewAsync(IPage page)
    {
        var panel = (await page.Locator(".chat-panel").BoundingBoxAsync())!;
        var sendBox = (await page.Locator("[data-id='webchat-sendbox-input']").BoundingBoxAsync())!;
        Assert.True(panel.Y >= 0 && panel.Y + panel.Height <= 667, $"the chat panel spans {panel.Y}-{panel.Y + panel.Height} px of a 667 px screen");
        Assert.True(sendBox.Y + sendBox.Height <= 667, $"the send box ends at {sendBox.Y + sendBox.Height} px of a 667 px screen");
        Assert.True(panel.Height >= 380, $"the chat panel is only {panel.Height} px high");
    }

    private static async Task AssertFingerSizedAsync(IPage page, string selector)
    {
        var targets = page.Locator(selector);
        Assert.True(await targets.CountAsync() > 0, $"nothing matches {selector}");
        foreach (var target in await targets.AllAsync())
        {
            if (await target.IsVisibleAsync() && await target.BoundingBoxAsync() is { } box)
            {
                var label = await target.EvaluateAsync<string>("e => e.getAttribute('aria-label') || e.textContent || e.className");
                Assert.True(box.Height >= 44, $"'{label.Trim()}' ({selector}) is {box.Height} px high, less than 44 px");
            }
        }
    }

    /// <summary>No choice shows a cut-off label: every suggested action shows all of its text.</summary>
    private static async Task AssertWholeLabelsAsync(IPage page)
    {
        var clipped = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.webchat__suggested-action')]
              .filter(b => [b, ...b.querySelectorAll('*')].some(e => e.scrollWidth > e.clientWidth + 1))
              .map(b => b.textContent)
            """);
        Assert.Empty(clipped);
    }

    [GeneratedRegex(@"/v3/directline/conversations/[^/]+/activities$")]
    private static partial Regex ActivitiesPath();

    [GeneratedRegex(@"/lib/webchat\.[0-9a-f]{12}\.js$")]
    private static partial Regex HashedWebChat();
}
