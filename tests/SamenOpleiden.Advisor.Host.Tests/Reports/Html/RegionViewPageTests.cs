using AngleSharp.Dom;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Testing.Reports;
using SamenOpleiden.Advisor.Host.Reports.Html;
using SamenOpleiden.Advisor.Testing;

namespace SamenOpleiden.Advisor.Host.Tests.Reports.Html;

public sealed class RegionViewPageTests
{
    private static readonly DateTimeOffset Opened = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ARegionOrRespondentNameWithMarkupIsShownAsTextAndNothingOfItRuns()
    {
        const string name = "<script>alert('x')</script> Noord & \"Zuid\"";
        var respondents = new[] { ResultFixtures.Archived("u1", "HR", ResultFixtures.Uniform(2), name: "<b onmouseover=alert(1)>Fatima</b>") };

        var page = await RenderAsync(name, respondents, []);

        Assert.Equal(name + " — ronde 2", page.QuerySelector("h1")!.TextContent);
        Assert.Equal($"Regio-overzicht {name} — ronde 2", page.Title);
        Assert.Equal("<b onmouseover=alert(1)>Fatima</b> (HR)", page.QuerySelector("#respondenten li a")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("script, b, [onmouseover]"));
    }

    [Fact]
    public async Task EveryLinkCarriesTheCoordinatorsTokenEscaped()
    {
        var page = await RenderAsync("Noord", [ResultFixtures.Archived("u1", "HR", ResultFixtures.Uniform(2))], []);

        var addresses = page.QuerySelectorAll("nav a, #respondenten a").Select(a => a.GetAttribute("href")!)
            .Append(page.QuerySelector("nav form")!.GetAttribute("action")!)
            .ToList();
        Assert.Equal(4, addresses.Count);
        Assert.All(addresses, address => Assert.Contains("token=t%2Fk%2Bn%26x", address));
    }

    [Fact]
    public async Task TheRadarShowsThisRoundsMedianBesideThePreviousRoundsAndTheChangeIsInTheTable()
    {
        var better = ResultFixtures.Uniform(1);
        better[3] = 2;

        var page = await RenderAsync(
            "Noord",
            [ResultFixtures.Archived("u1", "HR", better), ResultFixtures.Archived("u2", "bestuurder", better)],
            [ResultFixtures.Archived("u1", "HR", ResultFixtures.Uniform(1)), ResultFixtures.Archived("u2", "bestuurder", ResultFixtures.Uniform(1))]);

        var figure = page.QuerySelector("section#radar figure")!;
        Assert.Equal(["mediaan ronde 2", "mediaan ronde 1"], figure.QuerySelectorAll("g.series").Select(s => s.GetAttribute("data-series")));
        Assert.EndsWith("Stippellijn met driehoeken: de mediaan van ronde 1.", figure.QuerySelector("figcaption")!.TextContent);
        Assert.Equal("spreiding-tabel", figure.GetAttribute("aria-describedby"));
        Assert.Equal("+1", PageDocument.Cells(PageDocument.Row(page, "professionals-hr"))[9]);
    }

    private static Task<IDocument> RenderAsync(string name, IReadOnlyList<ArchivedAssessment> current, IReadOnlyList<ArchivedAssessment> previous)
    {
        var details = new RegionDetails("noord", name, [new RegionRound(1, Opened.AddDays(-90)), new RegionRound(2, Opened)]);
        return PageDocument.RenderAsync<RegionViewPage>(new()
        {
            [nameof(RegionViewPage.Region)] = RegionAggregator.Aggregate(details, 2, current, previous, RealRules.Evaluator),
            [nameof(RegionViewPage.Details)] = details,
            [nameof(RegionViewPage.Typology)] = RealRules.Typology,
            [nameof(RegionViewPage.Links)] = new RegionViewLinks("noord", "t/k+n&x"),
        });
    }
}
