using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Rules;

namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>
/// Loads, validates and compiles <c>rules/</c> on a thread of its own from the moment it is started, so that work
/// overlaps building and starting the host instead of preceding it (bench/run: start-up to the first answered turn).
/// The host takes the preloaded rules when they come from the folder it resolves once the configuration is final
/// (a test's overrides arrive only then), and loads that folder itself otherwise. Broken rules fault the task with
/// the <see cref="RuleSetException"/>.
/// </summary>
internal sealed class RulesLoading
{
    /// <summary>Start-up checks coverage on a small sample; `rules validate` runs the full one.</summary>
    private const int StartupCoverageSamples = 200;

    private readonly string _preloadedDirectory;
    private readonly Task<IAssessmentEvaluator> _preloaded;

    private RulesLoading(string rulesDirectory)
    {
        _preloadedDirectory = rulesDirectory;
        _preloaded = Compile(rulesDirectory);
    }

    /// <summary>Starts compiling <paramref name="rulesDirectory"/> now.</summary>
    public static RulesLoading Start(string rulesDirectory) => new(rulesDirectory);

    /// <summary>The compiled rules of <paramref name="rulesDirectory"/>: the preload when it is that folder.</summary>
    public Task<IAssessmentEvaluator> For(string rulesDirectory) =>
        string.Equals(rulesDirectory, _preloadedDirectory, StringComparison.Ordinal) ? _preloaded : Compile(rulesDirectory);

    // A dedicated thread: the compile is CPU-bound work of several hundred milliseconds that should neither wait for
    // nor hold a pool thread while the host starts.
    private static Task<IAssessmentEvaluator> Compile(string rulesDirectory) =>
        Task.Factory.StartNew(() => LoadValidated(rulesDirectory), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The compiled rules, or a <see cref="RuleSetException"/> that names every fault.</summary>
    private static IAssessmentEvaluator LoadValidated(string rulesDirectory)
    {
        var report = RuleSetValidator.Validate(rulesDirectory, AdvisorRuleSet.Assembly, StartupCoverageSamples);
        return report.Evaluator ?? throw new RuleSetException(report.Problems);
    }
}
