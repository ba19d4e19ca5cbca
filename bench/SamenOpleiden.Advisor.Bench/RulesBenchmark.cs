using System.Diagnostics;
using System.Globalization;
using System.Text;
using RulesEngine.Models;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Core.Rules.Facts;

namespace SamenOpleiden.Advisor.Bench;

/// <summary>
/// One full assessment evaluation (all workflows, roadmap, traces), against a baseline measured in
/// the same run: one call of RulesEngine's own executor (ExecuteAllRulesAsync) on the Priority
/// workflow for a single advice item, which is what a straightforward per-call design would pay
/// about thirty times per assessment.
/// </summary>
internal static class RulesBenchmark
{
    private const int Warmup = 3_000;
    private const int Iterations = 30_000;

    public static string Run(string rulesDirectory)
    {
        var evaluator = RuleSetLoader.LoadCompiled(rulesDirectory);
        var inputs = AnswerPatterns.Sample(evaluator.Typology, 500, RuleSetValidator.Seed);
        var assessment = Measure(i => evaluator.Evaluate(inputs[i % inputs.Count]));

        var engine = RulesEngineBaseline(rulesDirectory);
        var parameters = new[]
        {
            new RuleParameter("c", new CandidateFacts { FocusPoint = "kwaliteit", Kind = "transition", Phase = 1, RegionPhase = 2 }),
            new RuleParameter("phase", new PhaseFacts(new Dictionary<string, int>())),
            new RuleParameter("profile", new ProfileFacts(new RegionProfile())),
        };
        var baseline = Measure(_ => engine.ExecuteAllRulesAsync("Priority", parameters).GetAwaiter().GetResult());

        var table = new StringBuilder()
            .AppendLine("| measurement | median | p99 | median ÷ baseline |")
            .AppendLine("|---|---|---|---|")
            .AppendLine(Row("baseline: one RulesEngine ExecuteAllRulesAsync call (Priority workflow, one item)", baseline, baseline))
            .AppendLine(Row("advisor: one full assessment (11 focus points, typering, roadmap, traces)", assessment, baseline))
            .AppendLine()
            .Append(CultureInfo.InvariantCulture, $"{Iterations} timed runs each after {Warmup} warm-up runs; {Environment.ProcessorCount} cores; .NET {Environment.Version}.");
        return table.ToString();
    }

    private static RulesEngine.RulesEngine RulesEngineBaseline(string rulesDirectory)
    {
        var json = File.ReadAllText(Path.Combine(rulesDirectory, "workflows", "Priority.json"));
        var workflow = System.Text.Json.JsonSerializer.Deserialize<Workflow>(json,
            new System.Text.Json.JsonSerializerOptions { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } })!;
        return new RulesEngine.RulesEngine([workflow], new ReSettings
        {
            CustomTypes = [typeof(CandidateFacts), typeof(PhaseFacts), typeof(ProfileFacts)],
            EnableFormattedErrorMessage = false,
        });
    }

    private static double[] Measure(Action<int> action)
    {
        for (var i = 0; i < Warmup; i++) action(i);
        var samples = new double[Iterations];
        for (var i = 0; i < Iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action(i);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(samples);
        return samples;
    }

    private static string Row(string name, double[] sorted, double[] baseline) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {Percentile(sorted, 0.5):F1} µs | {Percentile(sorted, 0.99):F1} µs | {Percentile(sorted, 0.5) / Percentile(baseline, 0.5):F2} |");

    private static double Percentile(double[] sorted, double p) => sorted[(int)Math.Min(sorted.Length - 1, Math.Round(p * (sorted.Length - 1)))];
}
