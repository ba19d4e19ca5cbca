using SamenOpleiden.Advisor.Testing;
using Microsoft.Playwright;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Testing.Reports;
using SamenOpleiden.Advisor.Host.Tests.Reports;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using Xunit.Abstractions;
using static SamenOpleiden.Advisor.Host.Tests.Browser.WebChatPageTests;

namespace SamenOpleiden.Advisor.Host.Tests.Browser;

/// <summary>
/// The landing page (with the chat and its profile form), a report and the coordinator's region view in Chromium at
/// a phone's width (375 px) and a desktop's (1280 px): no sideways scrolling, no serious or critical axe-core
/// violation, and a screenshot of each in TestResults/browser.
/// </summary>
[Trait("Needs", "Browser")]
public sealed class PagesOnPhoneAndDesktopTests(ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    [Theory]
    [InlineData(PageChecks.Phone)]
    [InlineData(PageChecks.Desktop)]
    public async Task TheLandingPageWithTheChatAndTheProfileForm_FitsTheScreenAndPassesAxe(int width)
    {
        using var app = AdvisorHost.ForWebChat(bot: "advisor");
        var page = await PageChecks.OpenAsync(chromium.Browser, width);
        await page.GotoAsync(app.StartKestrel().ToString());

        await ClickChoiceAsync(page, "Geen code");
        await Expect(page.GetByLabel("Naam van jullie Onderwijsregio"));

        await PageChecks.AssertNoHorizontalOverflowAsync(page, "the landing page");
        await PageChecks.AssertAccessibleAsync(page, "the landing page with the profile form", output);
        await PageChecks.ScreenshotAsync(page, "landing-page", output);
    }

    [Theory]
    [InlineData(PageChecks.Phone)]
    [InlineData(PageChecks.Desktop)]
    public async Task AReport_FitsTheScreenWithItsTableReflowedAndPassesAxe(int width)
    {
        using var app = new AdvisorHost();
        var baseAddress = app.StartKestrel();
        var link = await app.SaveAsync("web:browser", ResultFixtures.SharedCase("stad-en-streek"), remarks: new Dictionary<string, string>
        {
            ["professionals-hr"] = "HR schuift pas aan bij de jaarplanning; we zoeken een trekker die dit structureel oppakt.",
            ["financien"] = "Het budget loopt via de penvoerder.",
        });
        var page = await PageChecks.OpenAsync(chromium.Browser, width);

        await page.GotoAsync(new Uri(baseAddress, link.Path).ToString());

        await Assertions.Expect(page.GetByText("HR schuift pas aan bij de jaarplanning", new PageGetByTextOptions { Exact = false })).ToBeVisibleAsync();
        await PageChecks.AssertNoHorizontalOverflowAsync(page, "the report");
        // The remark reads as text, not one letter per line.
        var remark = await page.Locator("td.remark", new PageLocatorOptions { HasText = "HR schuift" }).BoundingBoxAsync();
        Assert.True(remark!.Width >= (width == PageChecks.Phone ? 300 : 120), $"the remark column is {remark.Width} px wide");
        if (width == PageChecks.Phone)
        {
            await PageChecks.AssertReflowedRowsReadAsListsAsync(page, "the report");
        }

        await PageChecks.AssertAccessibleAsync(page, "a report", output);
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        output.WriteLine($"report at {width} px: {height} px tall");
        Assert.True(height < 12_000, $"the report is {height} px tall at {width} px");
        await PageChecks.ScreenshotAsync(page, "report", output);
    }

    [Theory]
    [InlineData(PageChecks.Phone)]
    [InlineData(PageChecks.Desktop)]
    public async Task TheRegionView_FitsTheScreenWithItsTablesReflowedAndPassesAxe(int width)
    {
        using var app = new AdvisorHost();
        var baseAddress = app.StartKestrel();
        var region = await app.Regions.CreateAsync("Onderwijsregio Noord", default);
        var hr = ResultFixtures.Uniform(1);
        hr[3] = 3;
        foreach (var (user, phases, role) in new[] { ("u1", ResultFixtures.Uniform(1), "bestuurder"), ("u2", ResultFixtures.Uniform(2), "schoolleider"), ("u3", ResultFixtures.Uniform(1), "opleider"), ("u4", hr, "HR") })
        {
            await app.Archive.SaveAsync(new ReportSubmission { UserKey = user, RegionId = region.RegionId, CompletedAt = DateTimeOffset.UtcNow, Result = ResultFixtures.Result(phases, role) }, default);
        }

        var page = await PageChecks.OpenAsync(chromium.Browser, width);
        await page.GotoAsync(new Uri(baseAddress, $"/regio/{region.RegionId}?token={region.CoordinatorToken}").ToString());

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Spreiding per focuspunt" })).ToBeVisibleAsync();
        await PageChecks.AssertNoHorizontalOverflowAsync(page, "the region view");
        if (width == PageChecks.Phone)
        {
            await PageChecks.AssertReflowedRowsReadAsListsAsync(page, "the region view");
        }

        await PageChecks.AssertAccessibleAsync(page, "the region view", output);
        await PageChecks.ScreenshotAsync(page, "region-view", output);

        // Opening a round cannot be undone: the first click only shows what it does and the button that does it.
        var confirm = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Ja, open ronde 2" });
        await Assertions.Expect(confirm).ToBeHiddenAsync();
        await page.GetByText("Nieuwe ronde openen", new PageGetByTextOptions { Exact = true }).ClickAsync();
        await Assertions.Expect(confirm).ToBeVisibleAsync();
        await PageChecks.AssertNoHorizontalOverflowAsync(page, "the region view with the new round unfolded");
        await confirm.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Onderwijsregio Noord — ronde 2" })).ToBeVisibleAsync();
    }
}
