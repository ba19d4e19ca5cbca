using System.Collections.Concurrent;
using System.Net;
using SamenOpleiden.Advisor.Testing;
using SamenOpleiden.Advisor.Testing.Processes;

namespace SamenOpleiden.Advisor.Host.Tests.Reliability;

/// <summary>
/// The real service process is killed with SIGKILL in the middle of a load of Teams turns and started again on the
/// same database; the channel then redelivers every turn, as Azure Bot Service does for unacknowledged ones.
/// Every acknowledged turn is in the store once, redelivered ones get their first answer back, and the
/// conversations continue to the end. Run per store.
/// </summary>
public abstract class HostCrashContract : IAsyncLifetime
{
    private const int Conversations = 8;
    private const int Turns = 30;
    private AdvisorService _host = null!;

    protected abstract string StoreName { get; }

    private protected abstract Task<AdvisorService> StartHostAsync();

    private protected abstract Task<IReadOnlyDictionary<string, int>> StoredAsync();

    public async Task InitializeAsync() => _host = await StartHostAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TheHostKilledMidLoadAndRestartedKeepsEveryAcknowledgedTurnOnceAndTheConversationsContinue()
    {
        var acknowledged = new ConcurrentDictionary<string, string>();
        var killed = 0;
        await RunLoadAsync(async (id, reply) =>
        {
            acknowledged[id] = reply;
            if (acknowledged.Count >= Conversations * Turns / 3 && Interlocked.Exchange(ref killed, 1) == 0)
            {
                _host.Kill();
            }

            await Task.CompletedTask;
        });
        Assert.Equal(1, killed);
        var storedBeforeRestart = acknowledged.Count;

        await _host.RestartAsync();
        var changedAnswers = new ConcurrentBag<string>();
        var afterRestart = new ConcurrentBag<string>();
        await RunLoadAsync((id, reply) =>
        {
            afterRestart.Add(id);
            if (acknowledged.TryGetValue(id, out var first) && first != reply)
            {
                changedAnswers.Add(id);
            }

            return Task.CompletedTask;
        });

        var sent = Enumerable.Range(0, Conversations).SelectMany(n => Enumerable.Range(0, Turns).Select(t => $"c{n}-t{t}")).ToList();
        var stored = await StoredAsync();
        var storedIds = stored.SelectMany(s => Enumerable.Repeat(s.Key, s.Value)).ToList();
        var lostAcknowledged = acknowledged.Keys.Count(id => !stored.ContainsKey(id));
        var counts = TurnCounts.Of(sent, storedIds);
        ReliabilityLog.Write($"{StoreName} real host SIGKILLed after {storedBeforeRestart} acknowledged turns, restarted, all redelivered: " +
            $"{counts}; acknowledged but lost {lostAcknowledged}, answered differently on redelivery {changedAnswers.Count}");
        Assert.Equal(0, lostAcknowledged);
        Assert.Empty(changedAnswers);
        Assert.Equal(new TurnCounts(sent.Count, sent.Count, 0, 0), counts);
        Assert.Equal(sent.Count, afterRestart.Count);
    }

    /// <summary>Each conversation sends its turns in order; stops a conversation at the first turn the host does not acknowledge.</summary>
    private Task RunLoadAsync(Func<string, string, Task> onAcknowledged) =>
        Task.WhenAll(Enumerable.Range(0, Conversations).Select(n => Task.Run(async () =>
        {
            for (var t = 0; t < Turns; t++)
            {
                var id = $"c{n}-t{t}";
                (HttpStatusCode Status, string Body) response;
                try
                {
                    response = await ChannelTurns.SendAsync(_host.Http, $"a:crash-{n}", id, t == 0 ? "hallo" : "weet ik niet");
                }
                catch (HttpRequestException)
                {
                    return;
                }

                if (response.Status != HttpStatusCode.OK)
                {
                    return;
                }

                await onAcknowledged(id, string.Join("\n", ChannelTurns.ReplyTexts(response.Body)));
            }
        })));
}
