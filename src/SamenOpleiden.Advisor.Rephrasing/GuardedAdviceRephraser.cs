using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SamenOpleiden.Advisor.Core.Typology;
using SamenOpleiden.Advisor.Core.Rephrasings;
using SamenOpleiden.Advisor.Rephrasing.Diagnostics;
using SamenOpleiden.Advisor.Rephrasing.Guard;
using SamenOpleiden.Advisor.Rephrasing.Prompts;

namespace SamenOpleiden.Advisor.Rephrasing;

/// <summary>
/// The layer switched on: cache, then the model within the time budget, then the guard. Whatever
/// goes wrong, the respondent gets the rule text and a log line and a metric say why.
/// </summary>
internal sealed class GuardedAdviceRephraser(
    IPromptModel model,
    PromptSet prompts,
    TypologyModel typology,
    IRephrasingCache cache,
    RephrasingOptions options,
    RephrasingMetrics metrics,
    GuardedModelCall modelCall,
    ILogger<GuardedAdviceRephraser> logger) : IAdviceRephraser
{
    public bool IsEnabled => true;

    public async Task<RephrasedAdvice> RephraseAsync(RephrasingRequest request, CancellationToken cancellationToken)
    {
        var style = request.Style is not null && prompts.Styles.ContainsKey(request.Style) ? request.Style : options.Style;
        var key = RephrasingCacheKey.For(request.Result, request.Remarks, style, prompts.Version, options.Model!);
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

        var answer = await modelCall.CallAsync(
            budget => model.CompleteAsync(PromptFiles.Template, PromptArguments.Build(request, prompts.Styles[style], typology), budget),
            cancellationToken);
        return answer switch
        {
            { Failure: { } reason } => GuardVerdict.Fail(reason, answer.Detail!),
            { Refused: true } => GuardVerdict.Fail(RephrasingFallbackReason.Refusal, "the endpoint reported a refusal or content filter"),
            _ => AdviceGuard.Check(answer.Text, context),
        };
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
