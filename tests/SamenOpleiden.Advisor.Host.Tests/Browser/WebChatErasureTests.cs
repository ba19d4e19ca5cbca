using SamenOpleiden.Advisor.Testing;
using Microsoft.Playwright;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using static SamenOpleiden.Advisor.Host.Tests.Browser.WebChatPageTests;

namespace SamenOpleiden.Advisor.Host.Tests.Browser;

/// <summary>"verwijder mijn gegevens" in the real page: the confirmation is read, then nothing of the old conversation remains.</summary>
[Trait("Needs", "Browser")]
public sealed class WebChatErasureTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private readonly AdvisorHost _app = AdvisorHost.ForWebChat(bot: "advisor");

    [Fact]
    public async Task APersonWhoDeletesTheirDataReadsTheConfirmationAndThenStartsAFreshConversation()
    {
        var baseUrl = _app.StartKestrel();
        var page = await chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 375, Height = 812 } });
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error" && !message.Text.Contains("404", StringComparison.Ordinal)) errors.Add(message.Text); };
        await page.GotoAsync(baseUrl.ToString());
        await ClickChoiceAsync(page, "Geen code");
        // Typed instead of sent with the profile form: the region's name, then the profile goes on one question at a time.
        await TypeAsync(page, "Eerst iets over jullie regio", "Zwanenmeer-7431");
        var erased = await SavedConversationAsync(page);

        await TypeAsync(page, "Is jullie regio een tekortregio of een krimpregio?", "verwijder mijn gegevens");
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
        await Expect(page.Locator(".webchat__bubble__content", new PageLocatorOptions { HasText = question }).Last);
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(answer);
        await input.PressAsync("Enter");
        await Expect(page.Locator(".webchat__bubble--from-user", new PageLocatorOptions { HasText = answer }));
    }
}
