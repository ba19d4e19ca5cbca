using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SamenOpleiden.Advisor.Core.Typology;
using SamenOpleiden.Advisor.Rephrasing.Diagnostics;
using SamenOpleiden.Advisor.Rephrasing.Prompts;

namespace SamenOpleiden.Advisor.Rephrasing.Reading;

/// <summary>
/// Reading answers switched on: the model within the time budget and the endpoint's cooldown, then the guard.
/// Whatever goes wrong, the deterministic reading stands, and a log line and a metric say why.
/// </summary>
internal sealed class GuardedAnswerReader(
    IPromptModel model,
    PromptSet prompts,
    TypologyModel typology,
    RephrasingOptions options,
    RephrasingMetrics metrics,
    GuardedModelCall modelCall,
    ILogger<GuardedAnswerReader> logger) : IAnswerReader
{
    public bool IsEnabled => true;

    public async Task<AnswerReading> ReadAsync(AnswerReadingRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var answer = await modelCall.CallAsync(
            budget => model.CompleteAsync(PromptFiles.ReadingTemplate, ReadingArguments.Build(request, typology), budget),
            cancellationToken);
        metrics.ReadingDuration(Stopwatch.GetElapsedTime(started));
        var reading = answer switch
        {
            { Failure: { } reason } => new AnswerReading(null, null, AnswerReadingOutcome.FellBack, reason, answer.Detail),
            { Refused: true } => new AnswerReading(null, null, AnswerReadingOutcome.FellBack, RephrasingFallbackReason.Refusal, "the endpoint reported a refusal or content filter"),
            _ => ReadingGuard.Check(answer.Text, ReadingArguments.Clean(request.Answer)),
        };

        if (reading.FallbackReason is { } fallback)
        {
            RephrasingLog.ReadingFellBack(logger, RephrasingMetrics.Tag(fallback.ToString()), reading.FallbackDetail ?? "", prompts.Version, options.Model!);
            metrics.ReadingFallback(fallback);
        }
        else
        {
            RephrasingLog.Read(logger, RephrasingMetrics.Tag(reading.Outcome.ToString()), Stopwatch.GetElapsedTime(started).TotalSeconds, prompts.Version, options.Model!);
            metrics.Reading(reading.Outcome);
        }

        return reading;
    }
}
