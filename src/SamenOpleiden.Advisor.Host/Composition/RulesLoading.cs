using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Rules;

namespace SamenOpleiden.Advisor.Host.Composition;

/// <summary>
/// Loads, validates and compiles <c>rules/</c> on a pool thread from the moment the services are composed, so that
/// second of work overlaps building the host instead of following it (bench/run: start-up to the first answered
/// turn). The host takes the preloaded rules when they come from the folder it resolves once the configuration is
/// final, and loads that folder itself otherwise. Broken rules throw the same <see cref="RuleSetException"/> again.
/// </summary>
internal sealed class RulesLoading
{
    private readonly string _preloadedDirectory;
    private readonly Func<string, IAssessmentEvaluator> _load;
    private readonly Lazy<IAssessmentEvaluator> _preloaded;

    public RulesLoading(string rulesDirectory, Func<string, IAssessmentEvaluator> load)
    {
        _preloadedDirectory = rulesDirectory;
        _load = load;
        _preloaded = new Lazy<IAssessmentEvaluator>(() => load(rulesDirectory), LazyThreadSafetyMode.ExecutionAndPublication);
        ThreadPool.UnsafeQueueUserWorkItem(static loading => loading.Preload(), this, preferLocal: false);
    }

    /// <summary>The compiled rules of <paramref name="rulesDirectory"/>; waits for the preload when it is that folder.</summary>
    public IAssessmentEvaluator For(string rulesDirectory) =>
        string.Equals(rulesDirectory, _preloadedDirectory, StringComparison.Ordinal) ? _preloaded.Value : _load(rulesDirectory);

    private void Preload()
    {
        try
        {
            _ = _preloaded.Value;
        }
        catch (Exception)
        {
            // The Lazy keeps it and throws it again to the host, which then refuses to start (a RuleSetException names
            // every fault); on this pool thread it would end the process before that message is written.
        }
    }
}
