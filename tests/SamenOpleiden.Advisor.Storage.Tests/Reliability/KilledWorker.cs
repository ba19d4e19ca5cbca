using System.Collections.Concurrent;
using SamenOpleiden.Advisor.Testing.Processes;

namespace SamenOpleiden.Advisor.Storage.Tests.Reliability;

/// <summary>Starts <see cref="TurnWorker"/> in its own process and collects the turns it acknowledged.</summary>
internal static class KilledWorker
{
    private static readonly string Assembly = typeof(TurnWorker).Assembly.Location;

    /// <summary>Runs the worker; kills it with SIGKILL once <paramref name="killAfterAcks"/> turns were acknowledged (never when null).</summary>
    public static async Task<(IReadOnlyList<string> Acked, bool Killed)> RunAsync(
        string provider, string target, int conversations, int turns, int? killAfterAcks, TimeSpan timeout)
    {
        var acked = new ConcurrentQueue<string>();
        var killed = false;
        await using var worker = TestProcess.Start(
            "dotnet",
            [Assembly, "turn-worker", provider, target, conversations.ToString(), turns.ToString()],
            onOutputLine: (process, line) =>
            {
                if (line.StartsWith("ack ", StringComparison.Ordinal))
                {
                    acked.Enqueue(line[4..]);
                }

                if (!killed && killAfterAcks is { } limit && acked.Count >= limit)
                {
                    killed = true;
                    process.Kill();
                }
            });
        var exitCode = await worker.WaitForExitAsync(timeout);
        if (!killed && exitCode != 0)
        {
            throw new InvalidOperationException($"The turn worker failed ({exitCode}): {worker.Error}");
        }

        return ([.. acked], killed);
    }
}
