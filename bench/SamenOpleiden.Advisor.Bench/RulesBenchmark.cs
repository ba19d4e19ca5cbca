using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Rules;

namespace SamenOpleiden.Advisor.Bench;

/// <summary>
/// One full assessment evaluation (a session of the whole rule set: phases, typering, advice, priority, roadmap, and
/// the result with its traces), against a baseline measured in the same run: a trivial NRules session (one rule, one
/// fact). Both run single-threaded, alternating in blocks so that load from elsewhere on the machine hits both alike.
/// </summary>
internal static class RulesBenchmark
{
    private const int Warmup = 3_000;
    private const int Iterations = 30_000;
    private const int Block = 1_000;
    private const double MedianTarget = 150;
    private const double P99Target = 1_000;

    public static string Run(string rulesDirectory)
    {
        var evaluator = RuleSetLoader.LoadCompiled(rulesDirectory, AdvisorRuleSet.Assembly);
        var followUps = evaluator.FollowUpQuestions.Keys.Order(StringComparer.Ordinal).ToList();
        var inputs = AnswerPatterns.Sample(evaluator.Typology, followUps, 500, RuleSetValidator.Seed);
        var load = LoadAverage();
        var trivial = new TrivialSession();
        if (trivial.Run() != 1) throw new InvalidOperationException("the baseline rule did not fire");
        var (assessment, baseline, allocated) = Measure(i => evaluator.Evaluate(inputs[i % inputs.Count]), _ => _ = trivial.Run());

        var met = Percentile(assessment, 0.5) <= MedianTarget && Percentile(assessment, 0.99) <= P99Target;
        var table = new StringBuilder()
            .AppendLine("| measurement | median | p99 | median ÷ baseline |")
            .AppendLine("|---|---|---|---|")
            .AppendLine(Row("baseline: a trivial NRules session (one rule, one fact)", baseline, baseline))
            .AppendLine(Row("advisor: one full assessment (11 focus points, typering, advice, priority, roadmap, traces)", assessment, baseline))
            .AppendLine()
            .Append(CultureInfo.InvariantCulture,
                $"Target: median at most {MedianTarget} µs and p99 at most {P99Target} µs: {(met ? "met" : "**missed**")}. ")
            .Append(CultureInfo.InvariantCulture,
                $"{Iterations} timed runs each after {Warmup} warm-up runs, in alternating blocks of {Block}; {allocated / 1024.0:F0} KiB allocated per assessment; {Environment.ProcessorCount} cores, load average {load} at the start; .NET {Environment.Version}, {GcMode()}.");
        return table.ToString();
    }

    // Alternating blocks keep both measurements under the same conditions when other processes come and go.
    private static (double[] Subject, double[] Baseline, double AllocatedPerRun) Measure(Action<int> subject, Action<int> baseline)
    {
        for (var i = 0; i < Warmup; i++)
        {
            subject(i);
            baseline(i);
        }

        var subjectSamples = new double[Iterations];
        var baselineSamples = new double[Iterations];
        long allocated = 0;
        for (var start = 0; start < Iterations; start += Block)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            Time(subject, subjectSamples, start);
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
            Time(baseline, baselineSamples, start);
        }

        Array.Sort(subjectSamples);
        Array.Sort(baselineSamples);
        return (subjectSamples, baselineSamples, (double)allocated / Iterations);
    }

    private static void Time(Action<int> action, double[] samples, int start)
    {
        for (var i = start; i < start + Block; i++)
        {
            var begin = Stopwatch.GetTimestamp();
            action(i);
            samples[i] = Stopwatch.GetElapsedTime(begin).TotalMicroseconds;
        }
    }

    private static string Row(string name, double[] sorted, double[] baseline) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {Percentile(sorted, 0.5):F1} µs | {Percentile(sorted, 0.99):F1} µs | {Percentile(sorted, 0.5) / Percentile(baseline, 0.5):F2} |");

    // The runtime's own settings, not the ones the csproj asks for: the table says what was measured.
    private static string GcMode() =>
        (GCSettings.IsServerGC ? "server GC" : "workstation GC")
        + (AppContext.GetData("System.GC.DynamicAdaptationMode")?.ToString() == "0" ? " without DATAS" : "");

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static double Percentile(double[] sorted, double p) => sorted[(int)Math.Min(sorted.Length - 1, Math.Round(p * (sorted.Length - 1)))];
}
