using Microsoft.Playwright;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using static SamenOpleiden.Advisor.Host.Tests.Browser.WebChatPageTests;

namespace SamenOpleiden.Advisor.Host.Tests.Browser;

/// <summary>
/// The page with everything real: the conversation engine and the rules from <c>rules/</c>. A person
/// answers the region profile (typing only the name and the numbers), clicks a phase for each of the
/// eleven focus points and reaches the typering and step-1 advice.
/// </summary>
public sealed class RealAssessmentPageTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private readonly AdvisorApplication _app = new(bot: "advisor");

    [Fact]
    public async Task APersonCompletesTheRealAssessmentOnThePageAndGetsTheTyperingAndStepOneAdvice()
    {
        var baseUrl = _app.StartKestrel();
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1000 } });
        await page.GotoAsync(baseUrl.ToString());

        await ClickChoiceAsync(page, "Geen code");
        await TypeAsync(page, "Hoe heet jullie Onderwijsregio?", "Binnenmeren");
        await ClickChoiceAsync(page, "Krimpregio");
        await TypeAsync(page, "Hoeveel partnerschappen", "3");
        await ClickChoiceAsync(page, "po, vo en mbo");
        await TypeAsync(page, "Wat is jullie realisatiegraad", "75");
        foreach (var choice in new[] { "Volledig", "Volledig", "Deels", "Overslaan", "Nee", "Coördinator" })
        {
            await ClickChoiceAsync(page, choice);
        }

        for (var focusPoint = 1; focusPoint <= 11; focusPoint++)
        {
            await Expect(page.GetByText($"vraag {focusPoint} van 11").Last);
            await ClickChoiceAsync(page, "Fase 2", exact: false);
            await ClickChoiceAsync(page, "Overslaan");
        }

        await ClickChoiceAsync(page, "Geen voorkeur", exact: false);

        await Expect(page.Locator(".webchat__bubble__content", new PageLocatorOptions { HasText = "Typering" }));
        await Expect(page.Locator(".webchat__bubble__content", new PageLocatorOptions { HasText = "Stap 1 — " }));
        Assert.Equal("11", await page.Locator("#chat-progress").GetAttributeAsync("value"));
        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestResults", "webchat-real-advice.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
    }

    [Fact]
    public async Task APersonWhoDeletesTheirDataReadsTheConfirmationAndThenStartsAFreshConversation()
    {
        var baseUrl = _app.StartKestrel();
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 375, Height = 812 } });
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error" && !message.Text.Contains("404", StringComparison.Ordinal)) errors.Add(message.Text); };
        await page.GotoAsync(baseUrl.ToString());
        await ClickChoiceAsync(page, "Geen code");
        await TypeAsync(page, "Hoe heet jullie Onderwijsregio?", "Zwanenmeer-7431");
        var erased = await SavedConversationAsync(page);

        await TypeAsync(page, "Hoe heet jullie Onderwijsregio?", "verwijder mijn gegevens");
        await TypeAsync(page, "Weet je zeker dat je al je gegevens wilt verwijderen?", "ja");

        await Expect(page.GetByText("Ik heb al je gegevens verwijderd", new PageGetByTextOptions { Exact = false }));
        await page.WaitForFunctionAsync($"() => {SavedConversationScript} !== '{erased}'", null, new PageWaitForFunctionOptions { Timeout = WebChatPageTests.Timeout });
        await Expect(page.GetByText("Heeft je coördinator je een regiocode gegeven?"));
        Assert.Equal(0, await page.GetByText("Zwanenmeer-7431").CountAsync());
        Assert.Empty(errors);
        // Closed here: an open page keeps its WebSocket, and the service would wait for it when it stops.
        await page.CloseAsync();
    }

    public void Dispose() => _app.Dispose();

    private static async Task TypeAsync(IPage page, string question, string answer)
    {
        await Expect(page.Locator(".webchat__bubble__content", new PageLocatorOptions { HasText = question }));
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(answer);
        await input.PressAsync("Enter");
        await Expect(page.Locator(".webchat__bubble--from-user", new PageLocatorOptions { HasText = answer }));
    }
}
