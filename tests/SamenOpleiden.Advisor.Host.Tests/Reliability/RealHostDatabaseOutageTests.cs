using System.Diagnostics;
using System.Net;
using SamenOpleiden.Advisor.Host.Tests.TestSupport;
using SamenOpleiden.Advisor.Testing.Postgres;
using SamenOpleiden.Advisor.Testing;
using SamenOpleiden.Advisor.Testing.Processes;

namespace SamenOpleiden.Advisor.Host.Tests.Reliability;

/// <summary>PostgreSQL stopped for a few seconds under the real service process, on a cluster of its own.</summary>
[Trait("Needs", "Process")]
[Trait("Needs", "PostgreSQL")]
[Collection(PostgresCollection.Name)]
public sealed class RealHostDatabaseOutageTests : IAsyncLifetime
{
    private const string RetryMessage = "Probeer het zo nog eens";
    private readonly PostgresCluster _cluster = new();
    private readonly string _connectionString;
    private AdvisorService _host = null!;

    public RealHostDatabaseOutageTests() => _connectionString = _cluster.CreateDatabase();

    public async Task InitializeAsync() => _host = await RealHost.StartOnPostgresAsync(_connectionString);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _cluster.Dispose();
    }

    [Fact]
    public async Task WhileTheDatabaseIsDownEveryChannelGets503AndTheDutchRetryMessageAndTheHostRecoversByItself()
    {
        var sent = new List<string> { "voor" };
        Assert.Equal(HttpStatusCode.OK, (await ChannelTurns.SendAsync(_host.Http, "a:outage", "voor", "hallo")).Status);
        Assert.Equal(HttpStatusCode.OK, await _host.ReadyStatusAsync());

        _cluster.Stop();
        var refused = 0;
        for (var i = 0; i < 3; i++)
        {
            // Teams' own mode: the turn runs before the activity is acknowledged, so the channel hears "not accepted", not a 200 for a lost message.
            var teams = await ChannelTurns.SendAsync(_host.Http, "a:outage", $"teams-{i}", "weet ik niet", expectReplies: false);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, teams.Status);
            var direct = await ChannelTurns.SendAsync(_host.Http, "a:outage", $"direct-{i}", "weet ik niet");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, direct.Status);
            Assert.Contains(RetryMessage, direct.Body);
            refused += 2;
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, await _host.ReadyStatusAsync());

        _cluster.Start();
        var recovery = Stopwatch.StartNew();
        while (await _host.ReadyStatusAsync() != HttpStatusCode.OK)
        {
            Assert.True(recovery.Elapsed < TimeSpan.FromSeconds(30), "/readyz did not recover within 30 s of the database's return.");
            await Task.Delay(200);
        }

        // The channel redelivers the refused Teams activity: it is applied now, once.
        foreach (var id in new[] { "teams-0", "na" })
        {
            var after = await ChannelTurns.SendAsync(_host.Http, "a:outage", id, "weet ik niet");
            Assert.Equal(HttpStatusCode.OK, after.Status);
            Assert.NotEmpty(ChannelTurns.ReplyTexts(after.Body));
            sent.Add(id);
        }

        var stored = await StoredActivities.InPostgresAsync(_connectionString);
        var counts = TurnCounts.Of(sent, [.. stored.SelectMany(s => Enumerable.Repeat(s.Key, s.Value))]);
        ReliabilityLog.Write($"PostgreSQL real host, database stopped: {refused} turns refused with 503, ready again " +
            $"{recovery.Elapsed.TotalSeconds:F1} s after restart; acknowledged {counts}");
        Assert.Equal(new TurnCounts(3, 3, 0, 0), counts);
    }
}
