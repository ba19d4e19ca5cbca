using System.Globalization;
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
    private static readonly AlternatingBlocks Blocks = new(warmup: 3_000, iterations: 30_000, block: 1_000);
    private const double MedianTarget = 150;
    private const double P99Target = 1_000;

    public static string Run(string rulesDirectory)
    {
        var evaluator = RuleSetLoader.LoadCompiled(rulesDirectory, AdvisorRuleSet.Assembly);
        var followUps = evaluator.FollowUpQuestions.Keys.Order(StringComparer.Ordinal).ToList();
        var inputs = AnswerPatterns.Sample(evaluator.Typology, followUps, 500, RuleSetValidator.Seed);
        var load = AlternatingBlocks.LoadAverage();
        var trivial = new TrivialSession();
        if (trivial.Run() != 1) throw new InvalidOperationException("the baseline rule did not fire");
        var (assessment, baseline, allocated) = Blocks.Measure(i => evaluator.Evaluate(inputs[i % inputs.Count]), _ => _ = trivial.Run());

        var met = AlternatingBlocks.Percentile(assessment, 0.5) <= MedianTarget && AlternatingBlocks.Percentile(assessment, 0.99) <= P99Target;
        var table = new StringBuilder()
            .AppendLine("| measurement | median | p99 | median ÷ baseline |")
            .AppendLine("|---|---|---|---|")
            .AppendLine(AlternatingBlocks.Row("baseline: a trivial NRules session (one rule, one fact)", baseline, baseline))
            .AppendLine(AlternatingBlocks.Row("advisor: one full assessment (11 focus points, typering, advice, priority, roadmap, traces)", assessment, baseline))
            .AppendLine()
            .Append(CultureInfo.InvariantCulture,
                $"Target: median at most {MedianTarget} µs and p99 at most {P99Target} µs: {(met ? "met" : "**missed**")}. ")
            .Append(CultureInfo.InvariantCulture,
                $"{Blocks.Iterations} timed runs each after {Blocks.WarmupRuns} warm-up runs (at least {Blocks.Warmup}, then until the JIT compiled nothing for two blocks), in alternating blocks of {Blocks.Block}; {allocated / 1024.0:F0} KiB allocated per assessment; {Environment.ProcessorCount} cores, load average {load} at the start; .NET {Environment.Version}, {AlternatingBlocks.RuntimeMode()}.");
        return table.ToString();
    }
}
