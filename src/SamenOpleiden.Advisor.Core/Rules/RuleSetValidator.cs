using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;
using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Core.Rules;

/// <summary>
/// Validates <c>rules/</c> the way a coordinator needs it: every data file loads and names known ids, every rule
/// compiles under a unique name, and the rules cover every answer pattern (each answered point gets exactly one phase,
/// there is exactly one region phase, a typering and a roadmap whose steps hold at most three and four items, a
/// phase-3 point only gets keep-and-deepen advice, every item explains itself). Coverage runs every edge pattern plus
/// a seeded sample; the rules that fired on none of them are listed.
/// </summary>
public static class RuleSetValidator
{
    /// <summary>The seed of the coverage sample, fixed so a run can be repeated.</summary>
    public const int Seed = 20261123;

    /// <summary>Validates the data in <paramref name="rulesDirectory"/> with the rules of <paramref name="rulesAssembly"/>, sampling <paramref name="samples"/> random answer sets.</summary>
    public static RuleValidationReport Validate(string rulesDirectory, Assembly rulesAssembly, int samples)
    {
        var (rules, problems) = RuleSetLoader.Load(rulesDirectory, rulesAssembly);
        if (rules is null) return new RuleValidationReport(null, problems, 0, 0, samples, 0, [], null);

        var evaluator = new AssessmentEvaluator(rules);
        var edges = AnswerPatterns.Edges(rules.Data.Typology).ToList();
        var sample = AnswerPatterns.Sample(rules.Data.Typology, evaluator.FollowUpQuestions.Keys.Order(StringComparer.Ordinal).ToList(), samples, Seed);
        var fired = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var coverage = Faults(evaluator, [.. edges, .. sample], fired).Take(20).Select(fault => new RuleProblem("regels", null, fault)).ToList();
        var neverFired = rules.Rules.Select(r => r.Name).Where(name => !fired.ContainsKey(name)).ToList();

        return new RuleValidationReport(rules.Version, coverage, edges.Count, sample.Count, samples, rules.Rules.Count, neverFired, coverage.Count == 0 ? evaluator : null);
    }

    // The evaluator is pure and shared by concurrent turns, so the patterns are checked on every core (this is on the
    // service's start-up path); faults and errors are reported in pattern order, as a loop would find them.
    private static IEnumerable<string> Faults(AssessmentEvaluator evaluator, AssessmentInput[] inputs, ConcurrentDictionary<string, byte> fired)
    {
        var outcomes = new (string? Fault, ExceptionDispatchInfo? Error)[inputs.Length];
        Parallel.For(0, inputs.Length, i =>
        {
            try
            {
                var inspection = new PatternInspection(evaluator.Typology, fired);
                var result = evaluator.Evaluate(inputs[i], inspection);
                outcomes[i] = (inspection.Fault is { } fault ? CoverageChecker.Fault(inputs[i], fault) : CoverageChecker.Check(result, inputs[i]), null);
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
/// <param name="RuleCount">How many rules the rule set compiled to (a data row of a family is a rule).</param>
/// <param name="NeverFired">Rules that fired on none of the patterns: a condition that can never hold, or a pattern the sample missed.</param>
/// <param name="Evaluator">The compiled rules when they are valid, so start-up loads them once.</param>
public sealed record RuleValidationReport(
    string? RulesVersion,
    IReadOnlyList<RuleProblem> Problems,
    int EdgePatterns,
    int SampledPatterns,
    int RequestedSamples,
    int RuleCount,
    IReadOnlyList<string> NeverFired,
    IAssessmentEvaluator? Evaluator)
{
    public bool IsValid => RulesVersion is not null && Problems.Count == 0;
}
