using SamenOpleiden.Advisor.Testing;
using System.Net;
using System.Text.RegularExpressions;
using SamenOpleiden.Advisor.Core.Reports;
using SamenOpleiden.Advisor.Testing.Reports;
using static SamenOpleiden.Advisor.Host.Tests.Reports.Html.PageDocument;

namespace SamenOpleiden.Advisor.Host.Tests.Reports;

public sealed class RegionViewTests : IDisposable
{
    private readonly AdvisorHost _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ARegionWithFourRespondentsOneTwoPhasesOffShowsTheSpreadAndTheFlag()
    {
        var region = await _app.Regions.CreateAsync("Onderwijsregio Noord", default);
        var hr = ResultFixtures.Uniform(1);
        hr[0] = 3;
        await SaveAsync(region, "u1", ResultFixtures.Uniform(1), "bestuurder");
        await SaveAsync(region, "u2", ResultFixtures.Uniform(1), "schoolleider");
        await SaveAsync(region, "u3", ResultFixtures.Uniform(1), "opleider");
        await SaveAsync(region, "u4", hr, "HR");

        var html = await _app.CreateClient().GetStringAsync($"/regio/{region.RegionId}?token={region.CoordinatorToken}");

        Assert.Equal(["1", "Gedeelde kwaliteit met kwaliteitskader", "3", "0", "1", "0", "1", "1", "twee fasen uiteen"], Cells(Row(html, "kwaliteit")));
        Assert.DoesNotContain("twee fasen uiteen", Row(html, "relaties").TextContent);
        Assert.Contains("Gespreksstarters", html);
        Assert.Contains("Bestuurder: fase 1, Schoolleider: fase 1, Opleider: fase 1, HR: fase 3", html);
        Assert.Contains("4 respondenten", html);
        Assert.Contains("Regionale typering", html);
        Assert.Equal(11, Regex.Matches(html, "class=\"axis\"").Count);
    }

    [Fact]
    public async Task ASecondRoundShowsTheChangeSinceTheFirst()
    {
        var region = await _app.Regions.CreateAsync("Noord", default);
        await SaveAsync(region, "u1", ResultFixtures.Uniform(1), "bestuurder");
        await SaveAsync(region, "u2", ResultFixtures.Uniform(1), "HR");
        var client = _app.CreateClient(new() { AllowAutoRedirect = false });

        var opened = await client.PostAsync($"/regio/{region.RegionId}/rondes?token={region.CoordinatorToken}", null);
        var better = ResultFixtures.Uniform(1);
        better[3] = 2;
        await SaveAsync(region, "u1", better, "bestuurder");
        await SaveAsync(region, "u2", better, "HR");
        var html = await client.GetStringAsync(opened.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Contains("ronde=2", opened.Headers.Location!.ToString());
        Assert.Contains("— ronde 2</h1>", html);
        Assert.Equal("+1", Cells(Row(html, "professionals-hr"))[9]);
        Assert.Equal("0", Cells(Row(html, "kwaliteit"))[9]);
        Assert.Contains("vergeleken met ronde 1", html);
    }

    [Fact]
    public async Task TheCoordinatorOfRegionAGets403OnRegionB()
    {
        var a = await _app.Regions.CreateAsync("Regio A", default);
        var b = await _app.Regions.CreateAsync("Regio B", default);
        var link = await SaveAsync(b, "u1", ResultFixtures.Uniform(2), "HR");
        var client = _app.CreateClient(new() { AllowAutoRedirect = false });

        var responses = new[]
        {
            await client.GetAsync($"/regio/{b.RegionId}?token={a.CoordinatorToken}"),
            await client.GetAsync($"/regio/{b.RegionId}.csv?token={a.CoordinatorToken}"),
            await client.GetAsync($"/regio/{b.RegionId}/rapport/{link.ReportId}?token={a.CoordinatorToken}"),
            await client.GetAsync($"/regio/{a.RegionId}/rapport/{link.ReportId}?token={a.CoordinatorToken}"),
            await client.PostAsync($"/regio/{b.RegionId}/rondes?token={a.CoordinatorToken}", null),
            await client.GetAsync($"/regio/{b.RegionId}"),
        };

        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            responses.Select(r => r.StatusCode));
        Assert.Contains("Geen toegang tot deze regio", await responses[0].Content.ReadAsStringAsync());
        Assert.Equal(1, (await _app.Regions.FindAsync(b.RegionId, default))!.CurrentRound);
    }

    [Fact]
    public async Task TheCoordinatorCanOpenTheReportOfARespondentInTheirRegion()
    {
        var region = await _app.Regions.CreateAsync("Noord", default);
        var link = await SaveAsync(region, "u1", ResultFixtures.Uniform(2), "HR");

        var html = await _app.CreateClient().GetStringAsync($"/regio/{region.RegionId}/rapport/{link.ReportId}?token={region.CoordinatorToken}");

        Assert.Contains("Fase per focuspunt", html);
        Assert.Contains($"href=\"/regio/{region.RegionId}/rapport/{link.ReportId}.md\"", html);
    }

    [Fact]
    public async Task ADeletedRespondentIsGoneFromTheAggregates()
    {
        var region = await _app.Regions.CreateAsync("Noord", default);
        await SaveAsync(region, "u1", ResultFixtures.Uniform(3), "bestuurder");
        await SaveAsync(region, "u2", ResultFixtures.Uniform(1), "HR");

        await _app.Archive.DeleteRespondentAsync("u1", default);
        var html = await _app.CreateClient().GetStringAsync($"/regio/{region.RegionId}?token={region.CoordinatorToken}");

        Assert.Contains("1 respondent ", html);
        Assert.DoesNotContain("Bestuurder", html);
        Assert.Equal(["1", "0", "0", "0", "1"], Cells(Row(html, "kwaliteit"))[2..7]);
    }

    [Fact]
    public async Task RespondentsAppearByRoleAndByNameOnlyWithConsent()
    {
        var region = await _app.Regions.CreateAsync("Noord", default);
        await _app.Archive.SaveAsync(Submission(region, "teams:jan.jansen", ResultFixtures.Uniform(2), "bestuurder"), default);
        await _app.Archive.SaveAsync(Submission(region, "teams:fatima", ResultFixtures.Uniform(2), "HR") with { ConsentedName = "Fatima" }, default);

        var html = await _app.CreateClient().GetStringAsync($"/regio/{region.RegionId}?token={region.CoordinatorToken}");

        Assert.Contains(">Bestuurder</a>", html);
        Assert.Contains(">Fatima (HR)</a>", html);
        Assert.DoesNotContain("jan.jansen", html);
        Assert.DoesNotContain("teams:", html);
    }

    [Fact]
    public async Task ARoundThatDoesNotExistIsNotFound()
    {
        var region = await _app.Regions.CreateAsync("Noord", default);

        var response = await _app.CreateClient().GetAsync($"/regio/{region.RegionId}?token={region.CoordinatorToken}&ronde=7");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnEmptyRoundSaysSoInsteadOfShowingAnEmptyChart()
    {
        var region = await _app.Regions.CreateAsync("Noord", default);

        var html = await _app.CreateClient().GetStringAsync($"/regio/{region.RegionId}?token={region.CoordinatorToken}");

        Assert.Contains("heeft nog niemand de scan afgerond", html);
        Assert.DoesNotContain("<svg", html);
    }

    private Task<ReportLink> SaveAsync(CreatedRegion region, string user, int?[] phases, string role) =>
        _app.Archive.SaveAsync(Submission(region, user, phases, role), default);

    private static ReportSubmission Submission(CreatedRegion region, string user, int?[] phases, string role) => new()
    {
        UserKey = user,
        RegionId = region.RegionId,
        CompletedAt = DateTimeOffset.UtcNow,
        Result = ResultFixtures.Result(phases, role),
    };
}
