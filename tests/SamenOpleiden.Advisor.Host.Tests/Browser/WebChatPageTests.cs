using SamenOpleiden.Advisor.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Host.Tests.Browser;

/// <summary>
/// The landing page in a real browser against the real service on a loopback port: Web Chat from
/// the service's own copy, Direct Line over a real WebSocket, the advisor bot with a scripted engine.
/// </summary>
[Trait("Needs", "Browser")]
public sealed class WebChatPageTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private const string AdviceTitle = "Stap 1 — nu";
    internal static readonly float Timeout = 45_000;
    private readonly AdvisorHost _app = CreateApp();

    [Fact]
    public async Task APersonCanWalkTheWholeAssessmentByClickingButtonsAndSeeTheAdviceAndReportLink()
    {
        var baseUrl = _app.StartKestrel();
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

        await page.GotoAsync(baseUrl.ToString());
        await Expect(page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Chatvenster met de Samen Opleiden-adviseur" }));
        for (var question = 0; question < ScriptedAssessmentEngine.Questions.Length; question++)
        {
            await Expect(page.GetByText(ScriptedAssessmentEngine.Questions[question]));
            await ClickChoiceAsync(page, "Fase 2");
        }

        await Expect(page.GetByText(AdviceTitle));
        Assert.Equal(3, await page.Locator(".webchat__bubble--from-user", new PageLocatorOptions { HasText = "Fase 2" }).CountAsync());
        await Expect(page.GetByText("Leg de samenwerking vast"));
        var report = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Open het rapport" });
        Assert.Equal(new Uri(baseUrl, "/reports/test-report").ToString(), await report.GetAttributeAsync("href"));
        Assert.Equal("3", await page.Locator("#chat-progress").GetAttributeAsync("value"));

        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestResults", "webchat-advice.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
    }

    [Fact]
    public async Task AfterAReloadMidAssessmentTheSameConversationContinuesOnAPhoneSizedScreen()
    {
        var baseUrl = _app.StartKestrel();
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 375, Height = 812 } });
        await page.GotoAsync(baseUrl.ToString());
        await Expect(page.GetByText(ScriptedAssessmentEngine.Questions[0]));
        await ClickChoiceAsync(page, "Fase 1");
        await Expect(page.GetByText(ScriptedAssessmentEngine.Questions[1]));
        var conversationBefore = await SavedConversationAsync(page);

        await page.ReloadAsync();

        await Expect(page.GetByText(ScriptedAssessmentEngine.Questions[1]));
        Assert.Equal(conversationBefore, await SavedConversationAsync(page));
        Assert.Equal(1, await page.Locator(".webchat__bubble__content", new PageLocatorOptions { HasText = "Welkom bij het adviesgesprek" }).CountAsync());
        await ClickChoiceAsync(page, "Fase 3");
        await Expect(page.GetByText(ScriptedAssessmentEngine.Questions[2]));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 375"), "the page scrolls sideways at 375 px");
    }

    [Fact]
    public async Task ChoicesCanBeMadeWithTheKeyboardAlone()
    {
        var baseUrl = _app.StartKestrel();
        var page = await chromium.Browser.NewPageAsync();
        await page.GotoAsync(baseUrl.ToString());
        var choice = Choice(page, "Fase 3");
        await choice.WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });

        // Tab into the row of suggested actions, then move along it with the arrow keys (Web Chat's roving focus).
        for (var presses = 0; presses < 60 && !await FocusIsOnAChoiceAsync(page); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        for (var presses = 0; presses < 10 && !await choice.EvaluateAsync<bool>("button => button === document.activeElement"); presses++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
        }

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByText(ScriptedAssessmentEngine.Questions[1]));
    }

    public void Dispose() => _app.Dispose();

    private static AdvisorHost CreateApp()
    {
        var app = AdvisorHost.ForWebChat(bot: "advisor");
        app.ConfigureServices = services => services.AddSingleton<IConversationEngine, ScriptedAssessmentEngine>();
        return app;
    }

    internal static async Task ClickChoiceAsync(IPage page, string label, bool exact = true)
    {
        // The next question offers a button with the same label, so wait for the answer to appear in the
        // transcript rather than for this button to go away.
        var answers = page.Locator(".webchat__bubble--from-user");
        var before = await answers.CountAsync();
        await Choice(page, label, exact).Last.ClickAsync(new LocatorClickOptions { Timeout = Timeout });
        await Assertions.Expect(answers).ToHaveCountAsync(before + 1, new LocatorAssertionsToHaveCountOptions { Timeout = Timeout });
    }

    internal static ILocator Choice(IPage page, string label, bool exact = true) =>
        page.GetByRole(AriaRole.Toolbar, new PageGetByRoleOptions { Name = "Voorgestelde acties" })
            .GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = label, Exact = exact });

    private static Task<bool> FocusIsOnAChoiceAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => !!document.activeElement && document.activeElement.classList.contains('webchat__suggested-action')");

    /// <summary>The conversation id the embed script keeps in sessionStorage (a JavaScript expression).</summary>
    internal const string SavedConversationScript =
        "(JSON.parse(sessionStorage.getItem(Object.keys(sessionStorage).find(k => k.startsWith('samenopleiden.chat'))) || '{}').conversationId)";

    internal static Task<string> SavedConversationAsync(IPage page) => page.EvaluateAsync<string>($"() => {SavedConversationScript}");

    internal static Task Expect(ILocator locator) =>
        locator.First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = Timeout });
}
