using SamenOpleiden.Advisor.Testing;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Http;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;

namespace SamenOpleiden.Advisor.Host.Tests.Reports;

/// <summary>
/// Guessing a coordinator link is limited per client and per region (defaults: 10 and 50 wrong links per 15 minutes):
/// past a limit every request to the region's pages gets 429, the right link included, until the window ends.
/// </summary>
public sealed class CoordinatorGuessingTests : IDisposable
{
    private const string Token = TestRegion.CoordinatorToken;
    private readonly AdvisorHost _app = AdvisorHost.ForWebChat();

    public CoordinatorGuessingTests() => TestRegion.AddTo(_app.Settings);

    [Fact]
    public async Task FiveHundredWrongLinksFromOneClientAreRefusedWith429AfterTheTenthWhileOthersStillGetIn()
    {
        var watch = Stopwatch.StartNew();
        var statuses = new List<int>();
        for (var i = 0; i < 500; i++)
        {
            statuses.Add(await OpenAsync("198.51.100.7", $"gok-{i:D4}-{Guid.NewGuid():N}"));
        }

        var elapsed = watch.Elapsed;
        var rightLinkFromThere = await OpenAsync("198.51.100.7", Token);
        var rightLinkFromElsewhere = await OpenAsync("198.51.100.8", Token);

        ReliabilityLog.Write($"hardening #5 coordinator links: 500 wrong tokens from one client in {elapsed.TotalSeconds:0.0} s: " +
            $"{string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Key}x{g.Count()}"))}; the right link then from the same client {rightLinkFromThere}, from another {rightLinkFromElsewhere}");
        Assert.Equal(Enumerable.Repeat(403, 10).Concat(Enumerable.Repeat(429, 490)), statuses);
        Assert.Equal((429, 200), (rightLinkFromThere, rightLinkFromElsewhere));
    }

    [Fact]
    public async Task WrongLinksFromManyClientsCloseTheRegionAfterTheFiftieth()
    {
        var statuses = new List<int>();
        for (var client = 1; client <= 60; client++)
        {
            statuses.Add(await OpenAsync($"203.0.113.{client}", "geraden-" + client));
        }

        var rightLinkFromANewClient = await OpenAsync("192.0.2.1", Token);

        ReliabilityLog.Write($"hardening #5 coordinator links: 60 wrong tokens for one region from 60 clients: " +
            $"{string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Key}x{g.Count()}"))}; the right link then from a new client {rightLinkFromANewClient}");
        Assert.Equal(Enumerable.Repeat(403, 50).Concat(Enumerable.Repeat(429, 10)), statuses);
        Assert.Equal(429, rightLinkFromANewClient);
    }

    [Fact]
    public async Task WrongLinksSpreadOverTwoInstancesOnOneDatabaseCountTogether()
    {
        // A second instance behind the same load balancer, on the same database.
        using var other = new AdvisorHost(new Dictionary<string, string?>(_app.Settings) { ["Storage:SqlitePath"] = _app.DatabasePath });
        var statuses = new List<int>();
        for (var i = 0; i < 12; i++)
        {
            statuses.Add(await OpenAsync(i % 2 == 0 ? _app : other, "198.51.100.7", "gok-" + i));
        }

        Assert.Equal(Enumerable.Repeat(403, 10).Concat(Enumerable.Repeat(429, 2)), statuses);
        Assert.Equal(429, await OpenAsync(other, "198.51.100.7", Token));
    }

    public void Dispose() => _app.Dispose();

    private Task<int> OpenAsync(string client, string token) => OpenAsync(_app, client, token);

    private static async Task<int> OpenAsync(AdvisorHost app, string client, string token)
    {
        var context = await app.Server.SendAsync(http =>
        {
            http.Connection.RemoteIpAddress = IPAddress.Parse(client);
            http.Request.Method = HttpMethods.Get;
            http.Request.Path = "/regio/" + TestRegion.Id;
            http.Request.QueryString = QueryString.Create("token", token);
        });
        return context.Response.StatusCode;
    }
}
