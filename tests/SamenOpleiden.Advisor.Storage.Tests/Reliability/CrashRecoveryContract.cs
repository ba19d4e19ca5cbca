using SamenOpleiden.Advisor.Testing;
using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Storage.Tests.Reliability;

/// <summary>
/// A process applying turns is killed with SIGKILL in the middle of the load and started again:
/// every acknowledged turn is in the store, no turn is applied twice, and every conversation
/// continues to its end. Run per provider.
/// </summary>
public abstract class CrashRecoveryContract
{
    private const int Conversations = 8;
    private const int Turns = 40;

    /// <summary><c>sqlite</c> or <c>postgres</c>, as <see cref="TurnWorker"/> takes it.</summary>
    protected abstract string Provider { get; }

    /// <summary>The database file or connection string the worker and the test share.</summary>
    protected abstract string Target { get; }

    [Fact]
    public async Task ApplyTurns_ProcessKilledMidLoadAndRestarted_KeepsEveryAcknowledgedTurnOnceAndContinues()
    {
        var firstRun = await KilledWorker.RunAsync(Provider, Target, Conversations, Turns, killAfterAcks: Conversations * Turns / 3, TimeSpan.FromSeconds(90));
        var secondRun = await KilledWorker.RunAsync(Provider, Target, Conversations, Turns, killAfterAcks: null, TimeSpan.FromSeconds(90));

        var store = TurnWorker.Open(Provider, Target);
        var stored = new List<string>();
        for (var n = 0; n < Conversations; n++)
        {
            var state = (await store.LoadAsync($"crash-{n}", CancellationToken.None))!;
            Assert.Equal(Enumerable.Range(0, Turns).Select(t => $"c{n}-t{t}"), state.State.Done);
            Assert.Equal(Turns, state.Version);
            stored.AddRange(state.State.Done);
        }

        var distinct = stored.ToHashSet();
        var lostAcknowledged = firstRun.Acked.Count(id => !distinct.Contains(id));
        ReliabilityLog.Write($"{Provider} store, turn worker SIGKILLed after {firstRun.Acked.Count} acknowledged turns, restarted: " +
            $"turns sent {Conversations * Turns}, stored {distinct.Count}, lost {lostAcknowledged}, doubled {stored.Count - distinct.Count}");
        Assert.True(firstRun.Killed);
        Assert.Equal(0, lostAcknowledged);
        Assert.Equal(stored.Count, distinct.Count);
        Assert.Equal(Conversations * Turns, secondRun.Acked.Count);
    }
}
