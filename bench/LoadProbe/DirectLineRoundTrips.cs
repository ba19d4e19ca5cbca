using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace LoadProbe;

/// <summary>
/// Direct Line as Web Chat uses it: <c>sockets</c> conversations each with its WebSocket open, then <c>turns</c>
/// messages at <c>rate</c> per second spread round-robin over them. A round trip runs from the start of the POST to the
/// bot's reply (<c>replyToId</c> = the posted activity's id) arriving on that conversation's socket.
/// </summary>
internal static class DirectLineRoundTrips
{
    private static readonly string[] Texts = ["Binnenmeren", "krimp", "3", "po, vo en mbo", "75", "volledig"];

    public static async Task<int> RunAsync(Uri baseUrl, string secret, int sockets, int turns, int rate, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(15) };
        var conversations = new DirectLineClient[sockets];
        await Parallel.ForEachAsync(Enumerable.Range(0, sockets), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (i, token) => conversations[i] = await DirectLineClient.OpenAsync(client, secret, $"dl-user-{i}", token));

        // Measure only once every conversation's welcome turn is over, so the turns below find the bot idle.
        var welcomed = await WaitAsync(() => conversations.All(c => c.Welcomes > 0), TimeSpan.FromSeconds(30), cancellationToken);

        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        var running = new List<Task>(turns);
        var start = Stopwatch.GetTimestamp();
        for (var k = 0; k < turns; k++)
        {
            var due = start + (long)(k * (double)Stopwatch.Frequency / rate);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            var conversation = conversations[k % sockets];
            var text = Texts[k / sockets % Texts.Length];
            running.Add(Task.Run(async () =>
            {
                var elapsed = await conversation.RoundTripAsync(client, text, cancellationToken);
                if (elapsed is { } ms)
                {
                    latencies.Add(ms);
                }
                else
                {
                    Interlocked.Increment(ref failures);
                }
            }, cancellationToken));
        }

        await Task.WhenAll(running);
        var open = conversations.Count(c => c.IsOpen);
        foreach (var conversation in conversations)
        {
            await conversation.DisposeAsync();
        }

        var sorted = latencies.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"BENCH sockets={sockets} open={open} welcomed={(welcomed ? 1 : 0)} turns={sorted.Length} failures={failures} p50_ms={Percentile(sorted, 50):F3} p99_ms={Percentile(sorted, 99):F3}"));
        return failures == 0 && welcomed ? 0 : 1;
    }

    private static async Task<bool> WaitAsync(Func<bool> condition, TimeSpan limit, CancellationToken cancellationToken)
    {
        var until = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        while (!condition())
        {
            if (Stopwatch.GetTimestamp() > until)
            {
                return false;
            }

            await Task.Delay(20, cancellationToken);
        }

        return true;
    }

    private static double Percentile(double[] sorted, int percentile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1)];
}
