using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rules;

namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>
/// Loads, validates and compiles <c>rules/</c> on a thread of its own from the moment the services are composed, so
/// that work overlaps building and starting the host instead of preceding it (bench/run: start-up to the first answered
/// turn). The host takes the preloaded rules when they come from the folder it resolves once the configuration is
/// final, and loads that folder itself otherwise. Broken rules fault the task with the <see cref="RuleSetException"/>.
/// </summary>
internal sealed class RulesLoading
{
    private readonly string _preloadedDirectory;
    private readonly Func<string, IAssessmentEvaluator> _load;
    private readonly Task<IAssessmentEvaluator> _preloaded;

    public RulesLoading(string rulesDirectory, Func<string, IAssessmentEvaluator> load)
    {
        _preloadedDirectory = rulesDirectory;
        _load = load;
        _preloaded = Start(rulesDirectory);
    }

    /// <summary>The compiled rules of <paramref name="rulesDirectory"/>: the preload when it is that folder.</summary>
    public Task<IAssessmentEvaluator> For(string rulesDirectory) =>
        string.Equals(rulesDirectory, _preloadedDirectory, StringComparison.Ordinal) ? _preloaded : Start(rulesDirectory);

    // A dedicated thread: the compile is CPU-bound work of several hundred milliseconds that should neither wait for
    // nor hold a pool thread while the host starts.
    private Task<IAssessmentEvaluator> Start(string rulesDirectory) =>
        Task.Factory.StartNew(() => _load(rulesDirectory), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
