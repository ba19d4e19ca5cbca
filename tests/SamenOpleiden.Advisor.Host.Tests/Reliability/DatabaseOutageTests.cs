using System.Diagnostics;
using System.Net;
using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Storage.Tests.Postgres;
using Xunit.Abstractions;

namespace SamenOpleiden.Advisor.Host.Tests.Reliability;

/// <summary>PostgreSQL stopped for a few seconds under a running instance, on a cluster of its own.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DatabaseOutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly PostgresCluster _cluster = new();
    private AdvisorInstance _instance = null!;

    public async Task InitializeAsync() => _instance = await AdvisorInstance.StartOnPostgresAsync(_cluster.CreateDatabase());

    public async Task DisposeAsync()
    {
        await _instance.DisposeAsync();
        _cluster.Dispose();
    }

    [Fact]
    public async Task WhileTheDatabaseIsDownTurnsGet503WithADutchRetryMessageAndTheServiceRecoversByItself()
    {
        var (conversationId, token, _) = await _instance.StartConversationAsync();
        (await _instance.PostMessageAsync(conversationId, token, "voor")).EnsureSuccessStatusCode();
        // The bot's turn runs after the POST is answered: let it finish before the database goes away.
        await WaitForRepliesAsync(conversationId, token, 1);
        Assert.Equal(HttpStatusCode.OK, (await _instance.Http.GetAsync("/readyz")).StatusCode);

        _cluster.Stop();
        var failed = 0;
        for (var i = 0; i < 5; i++)
        {
            using var response = await _instance.PostMessageAsync(conversationId, token, $"tijdens {i}");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("Probeer het zo nog eens", await response.Content.ReadAsStringAsync());
            Assert.True(response.Headers.RetryAfter is not null);
            failed++;
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await _instance.Http.GetAsync("/readyz")).StatusCode);

        _cluster.Start();
        var recovery = Stopwatch.StartNew();
        while ((await _instance.Http.GetAsync("/readyz")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(recovery.Elapsed < TimeSpan.FromSeconds(30), "/readyz did not recover within 30 s of the database's return.");
            await Task.Delay(200);
        }

        using (var after = await _instance.PostMessageAsync(conversationId, token, "na"))
        {
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        }

        var replies = await WaitForRepliesAsync(conversationId, token, 2);

        var state = (await _instance.Service<IConversationStore>().LoadAsync("directline:" + conversationId, CancellationToken.None))!.State;
        var counts = TurnCounts.Of(["voor", "na"], state.Done);
        var line = $"database stopped: {failed} turns refused with 503, ready again {recovery.Elapsed.TotalSeconds:F1} s after restart; acknowledged {counts}";
        output.WriteLine(line);
        Console.WriteLine("[reliability] PostgreSQL " + line);
        Assert.Equal(["antwoord op voor", "antwoord op na"], replies);
        Assert.Equal(["voor", "na"], state.Done);
    }

    private async Task<IReadOnlyList<string>> WaitForRepliesAsync(string conversationId, string token, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        IReadOnlyList<string> replies;
        do
        {
            await Task.Delay(100);
            replies = await _instance.BotTextsAsync(conversationId, token);
        }
        while (replies.Count < count && DateTime.UtcNow < deadline);
        return replies;
    }
}
