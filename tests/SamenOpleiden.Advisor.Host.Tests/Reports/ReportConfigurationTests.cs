using SamenOpleiden.Advisor.Testing;
using System.Net;
using SamenOpleiden.Advisor.Testing.Reports;

namespace SamenOpleiden.Advisor.Host.Tests.Reports;

public sealed class ReportConfigurationTests
{
    [Fact]
    public async Task AReportLinkLastsTheConfiguredNumberOfDays()
    {
        using var app = new AdvisorHost(new Dictionary<string, string?> { ["Reports:LinkLifetimeDays"] = "7" });

        var link = await app.SaveAsync("web:1", ResultFixtures.SharedCase("binnenmeren"));

        Assert.InRange(link.ExpiresAt - DateTimeOffset.UtcNow, TimeSpan.FromDays(7) - TimeSpan.FromMinutes(5), TimeSpan.FromDays(7));
    }

    [Fact]
    public async Task AConfiguredRegionWorksWithItsConfiguredCodeAndToken()
    {
        using var app = new AdvisorHost(new Dictionary<string, string?>
        {
            ["Reports:Regions:0:Id"] = "zuid",
            ["Reports:Regions:0:Name"] = "Onderwijsregio Zuid",
            ["Reports:Regions:0:CoordinatorToken"] = "Qh7vR2mXc9LpT4wZk8NbYd",
            ["Reports:Regions:0:AccessCode"] = "K7PM-Q3XD",
        });
        var client = app.CreateClient();

        var membership = await app.Regions.TryJoinAsync("k7pm q3xd", default);
        var view = await client.GetAsync("/regio/zuid?token=Qh7vR2mXc9LpT4wZk8NbYd");

        Assert.Equal("Onderwijsregio Zuid", membership!.RegionName);
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        Assert.Contains("Onderwijsregio Zuid — ronde 1", await view.Content.ReadAsStringAsync());
    }
}
