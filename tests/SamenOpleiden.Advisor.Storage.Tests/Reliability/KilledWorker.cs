using System.Diagnostics;

namespace SamenOpleiden.Advisor.Storage.Tests.Reliability;

/// <summary>Starts <see cref="TurnWorker"/> in its own process and collects the turns it acknowledged.</summary>
internal sealed class KilledWorker
{
    private static readonly string Assembly = typeof(TurnWorker).Assembly.Location;

    /// <summary>Runs the worker; kills it with SIGKILL once <paramref name="killAfterAcks"/> turns were acknowledged (never when null).</summary>
    public static async Task<(IReadOnlyList<string> Acked, bool Killed)> RunAsync(
        string provider, string target, int conversations, int turns, int? killAfterAcks, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Assembly, "turn-worker", provider, target, conversations.ToString(), turns.ToString() })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var acked = new List<string>();
        var killed = false;
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            while (await process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
            {
                if (line.StartsWith("ack ", StringComparison.Ordinal))
                {
                    acked.Add(line[4..]);
                }

                if (!killed && killAfterAcks is { } limit && acked.Count >= limit)
                {
                    process.Kill();
                    killed = true;
                }
            }

            await process.WaitForExitAsync(deadline.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        if (!killed && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The turn worker failed ({process.ExitCode}): {await error}");
        }

        return (acked, killed);
    }
}
