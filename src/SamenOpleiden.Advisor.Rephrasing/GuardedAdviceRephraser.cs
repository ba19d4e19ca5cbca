using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using SamenOpleiden.Advisor.Core.Typology;
using SamenOpleiden.Advisor.Rephrasing.Caching;
using SamenOpleiden.Advisor.Rephrasing.Diagnostics;
using SamenOpleiden.Advisor.Rephrasing.Guard;
using SamenOpleiden.Advisor.Rephrasing.Prompts;

namespace SamenOpleiden.Advisor.Rephrasing;

/// <summary>
/// The layer switched on: cache, then the model within the time budget, then the guard. Whatever
/// goes wrong, the respondent gets the rule text and a log line and a metric say why.
/// </summary>
internal sealed class GuardedAdviceRephraser(
    IAdviceModel model,
    PromptSet prompts,
    TypologyModel typology,
    IRephrasingCache cache,
    RephrasingOptions options,
    RephrasingMetrics metrics,
    EndpointCooldown cooldown,
    ILogger<GuardedAdviceRephraser> logger) : IAdviceRephraser
{
    public bool IsEnabled => true;

    public async Task<RephrasedAdvice> RephraseAsync(RephrasingRequest request, CancellationToken cancellationToken)
    {
        var style = request.Style is not null && prompts.Styles.ContainsKey(request.Style) ? request.Style : options.Style;
        var key = RephrasingCacheKey.For(request, style, prompts.Version, options.Model!);
        var cached = await TryCacheAsync(() => cache.GetAsync(key, cancellationToken));
        if (cached is not null)
        {
            RephrasingLog.CacheHit(logger, key.RulesVersion, key.PromptVersion, key.Model);
            metrics.Outcome(RephrasingOutcome.Cached);
            return new RephrasedAdvice(AdviceRuleText.ItemsOf(request.Result, cached), RephrasingOutcome.Cached);
        }

        var context = GuardContext.Create(request.Result, typology, request.Remarks);
        var started = Stopwatch.GetTimestamp();
        var verdict = await AskAsync(request, style, context, cancellationToken);
        metrics.ModelDuration(Stopwatch.GetElapsedTime(started));
        if (!verdict.Passed)
        {
            RephrasingLog.FellBack(logger, RephrasingMetrics.Tag(verdict.Reason!.Value.ToString()), verdict.Detail ?? "", key.RulesVersion, key.PromptVersion, key.Model);
            metrics.Fallback(verdict.Reason.Value);
            return new RephrasedAdvice(AdviceRuleText.ItemsOf(request.Result, null), RephrasingOutcome.FellBack, verdict.Reason, verdict.Detail);
        }

        await TryCacheAsync(async () =>
        {
            await cache.SetAsync(key, verdict.Texts!, cancellationToken);
            return verdict.Texts;
        });
        RephrasingLog.Rephrased(logger, Stopwatch.GetElapsedTime(started).TotalSeconds, key.RulesVersion, key.PromptVersion, key.Model);
        metrics.Outcome(RephrasingOutcome.Rephrased);
        return new RephrasedAdvice(AdviceRuleText.ItemsOf(request.Result, verdict.Texts), RephrasingOutcome.Rephrased);
    }

    private async Task<GuardVerdict> AskAsync(RephrasingRequest request, string style, GuardContext context, CancellationToken cancellationToken)
    {
        if (context.Items.Count == 0)
        {
            return GuardVerdict.Fail(RephrasingFallbackReason.Empty, "the result has no advice items to rephrase");
        }

        if (cooldown.IsCoolingDown)
        {
            return GuardVerdict.Fail(RephrasingFallbackReason.CoolingDown, $"the endpoint failed less than {options.CooldownSeconds:0.##}s ago");
        }

        var verdict = await CallModelAsync(request, style, context, cancellationToken);
        if (verdict.Reason is RephrasingFallbackReason.Timeout or RephrasingFallbackReason.EndpointError)
        {
            cooldown.Failed();
        }

        return verdict;
    }

    private async Task<GuardVerdict> CallModelAsync(RephrasingRequest request, string style, GuardContext context, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(options.Timeout);
        try
        {
            var variables = PromptArguments.Build(request, prompts.Styles[style], typology);
            var (text, refused) = await model.CompleteAsync(variables, budget.Token);
            return refused
                ? GuardVerdict.Fail(RephrasingFallbackReason.Refusal, "the endpoint reported a refusal or content filter")
                : AdviceGuard.Check(text, context);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception) when (budget.IsCancellationRequested)
        {
            return GuardVerdict.Fail(RephrasingFallbackReason.Timeout, $"no answer within {options.TimeoutSeconds:0.##}s");
        }
        catch (HttpOperationException e)
        {
            return GuardVerdict.Fail(RephrasingFallbackReason.EndpointError, $"HTTP {(int?)e.StatusCode}: {e.Message}");
        }
        catch (HttpRequestException e)
        {
            return GuardVerdict.Fail(RephrasingFallbackReason.EndpointError, e.Message);
        }
        catch (Exception e)
        {
            // Whatever else a connector or server throws, the rules still speak: never a crash for an optional layer.
            return GuardVerdict.Fail(RephrasingFallbackReason.Error, $"{e.GetType().Name}: {e.Message}");
        }
    }

    private async Task<IReadOnlyDictionary<string, string>?> TryCacheAsync(Func<Task<IReadOnlyDictionary<string, string>?>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            RephrasingLog.CacheFailed(logger, e);
            return null;
        }
    }
}
