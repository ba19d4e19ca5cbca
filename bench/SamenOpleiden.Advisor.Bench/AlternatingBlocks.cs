using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace SamenOpleiden.Advisor.Bench;

/// <summary>
/// Times a subject against a baseline of the same run, single-threaded, alternating in blocks so that load from
/// elsewhere on the machine hits both alike; reports medians, 99th percentiles and their ratio.
/// </summary>
internal sealed class AlternatingBlocks(int warmup, int iterations, int block)
{
    public int Warmup => warmup;

    public int Iterations => iterations;

    public int Block => block;

    /// <summary>How many warm-up runs the last measurement took (see <see cref="WarmUpAsync"/>).</summary>
    public int WarmupRuns { get; private set; }

    /// <summary>Both timings sorted ascending, in µs, and the bytes the subject allocated per run.</summary>
    public async Task<(double[] Subject, double[] Baseline, double AllocatedPerRun)> MeasureAsync(Func<int, ValueTask> subject, Func<int, ValueTask> baseline)
    {
        WarmupRuns = await WarmUpAsync(subject, baseline);
        var subjectSamples = new double[iterations];
        var baselineSamples = new double[iterations];
        long allocated = 0;
        for (var start = 0; start < iterations; start += block)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            await TimeAsync(subject, subjectSamples, start);
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
            await TimeAsync(baseline, baselineSamples, start);
        }

        Array.Sort(subjectSamples);
        Array.Sort(baselineSamples);
        return (subjectSamples, baselineSamples, (double)allocated / iterations);
    }

    /// <summary>
    /// Runs both at least <c>warmup</c> times, then on in blocks until tiered compilation has settled: two blocks in a
    /// row in which the JIT compiled nothing. A running service is long past that point; timing blocks while hot
    /// methods are still being recompiled (which a busy machine draws out, as the JIT's background thread waits for a
    /// core) measured how far the JIT had got rather than the code. Bounded, so a JIT that never settles ends it too.
    /// </summary>
    private async Task<int> WarmUpAsync(Func<int, ValueTask> subject, Func<int, ValueTask> baseline)
    {
        const int QuietBlocksNeeded = 2;
        var limit = Math.Max(warmup, 100 * block);
        var runs = 0;
        var quietBlocks = 0;
        while (runs < warmup || (quietBlocks < QuietBlocksNeeded && runs < limit))
        {
            var compiled = JitInfo.GetCompiledMethodCount();
            for (var i = 0; i < block; i++, runs++)
            {
                await subject(runs);
                await baseline(runs);
            }

            quietBlocks = JitInfo.GetCompiledMethodCount() == compiled ? quietBlocks + 1 : 0;
        }

        return runs;
    }

    public (double[] Subject, double[] Baseline, double AllocatedPerRun) Measure(Action<int> subject, Action<int> baseline) =>
        MeasureAsync(Sync(subject), Sync(baseline)).GetAwaiter().GetResult();

    public static string Row(string name, double[] sorted, double[] baseline) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {Percentile(sorted, 0.5):F1} µs | {Percentile(sorted, 0.99):F1} µs | {Percentile(sorted, 0.5) / Percentile(baseline, 0.5):F2} |");

    /// <summary>The runtime settings a figure depends on: the GC's mode and whether dynamic PGO runs.</summary>
    public static string RuntimeMode() =>
        (GCSettings.IsServerGC ? "server GC" : "workstation GC")
        + (AppContext.GetData("System.GC.DynamicAdaptationMode")?.ToString() == "0" ? " without DATAS" : "")
        + (DynamicPgo() ? ", dynamic PGO" : ", no dynamic PGO");

    // The environment (DOTNET_TieredPGO=0, as `DOTNET_TieredPGO=0 bench/rules.sh` compares) overrides the runtimeconfig.
    private static bool DynamicPgo() =>
        Environment.GetEnvironmentVariable("DOTNET_TieredPGO") is { } variable
            ? variable != "0"
            : AppContext.GetData("System.Runtime.TieredPGO")?.ToString() is not ("false" or "False" or "0");

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public static double Percentile(double[] sorted, double p) => sorted[(int)Math.Min(sorted.Length - 1, Math.Round(p * (sorted.Length - 1)))];

    private static Func<int, ValueTask> Sync(Action<int> action) => i =>
    {
        action(i);
        return ValueTask.CompletedTask;
    };

    private async Task TimeAsync(Func<int, ValueTask> action, double[] samples, int start)
    {
        for (var i = start; i < start + block; i++)
        {
            var begin = Stopwatch.GetTimestamp();
            await action(i);
            samples[i] = Stopwatch.GetElapsedTime(begin).TotalMicroseconds;
        }
    }
}
