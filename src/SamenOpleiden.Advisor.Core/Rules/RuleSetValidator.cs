using System.Runtime.ExceptionServices;
using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Core.Rules;

/// <summary>
/// Validates <c>rules/</c> the way a coordinator needs it: every file loads and every rule compiles,
/// and the rules cover every answer pattern (each answered point gets a phase, there is a typering
/// and a roadmap with at least one item, step 1 has at most three items, and a phase-3 point only
/// gets keep-and-deepen advice). Coverage runs a seeded sample plus every edge pattern.
/// </summary>
public static class RuleSetValidator
{
    /// <summary>The seed of the coverage sample, fixed so a run can be repeated.</summary>
    public const int Seed = 20261123;

    /// <summary>Validates the rules in <paramref name="rulesDirectory"/>, sampling <paramref name="samples"/> random answer sets.</summary>
    public static RuleValidationReport Validate(string rulesDirectory, int samples)
    {
        var (ruleSet, problems) = RuleSetLoader.Read(rulesDirectory);
        if (ruleSet is null) return new RuleValidationReport(null, problems, 0, 0, samples, null);

        var evaluator = new AssessmentEvaluator(ruleSet);
        var edges = AnswerPatterns.Edges(ruleSet.Typology).ToList();
        var sample = AnswerPatterns.Sample(ruleSet.Typology, samples, Seed);
        var coverage = Faults(evaluator, [.. edges, .. sample]).Take(20).Select(fault => new RuleProblem("workflows/", null, fault)).ToList();

        return new RuleValidationReport(ruleSet.Version, coverage, edges.Count, sample.Count, samples, coverage.Count == 0 ? evaluator : null);
    }

    // The evaluator is pure and shared by concurrent turns, so the patterns are checked on every core (this is on the
    // service's start-up path); faults and errors are reported in pattern order, as a loop would find them.
    private static IEnumerable<string> Faults(AssessmentEvaluator evaluator, AssessmentInput[] inputs)
    {
        var outcomes = new (string? Fault, ExceptionDispatchInfo? Error)[inputs.Length];
        Parallel.For(0, inputs.Length, i =>
        {
            try
            {
                outcomes[i] = (CoverageChecker.Check(evaluator.Evaluate(inputs[i]), inputs[i]), null);
            }
            catch (Exception e)
            {
                outcomes[i] = (null, ExceptionDispatchInfo.Capture(e));
            }
        });

        foreach (var (fault, error) in outcomes)
        {
            error?.Throw();
            if (fault is not null) yield return fault;
        }
    }
}

/// <summary>The outcome of <see cref="RuleSetValidator.Validate"/>.</summary>
/// <param name="Evaluator">The compiled rules when they are valid, so start-up loads them once.</param>
public sealed record RuleValidationReport(string? RulesVersion, IReadOnlyList<RuleProblem> Problems, int EdgePatterns, int SampledPatterns, int RequestedSamples, IAssessmentEvaluator? Evaluator)
{
    public bool IsValid => RulesVersion is not null && Problems.Count == 0;
}
