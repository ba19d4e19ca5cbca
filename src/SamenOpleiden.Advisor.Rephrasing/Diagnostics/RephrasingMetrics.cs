using System.Diagnostics.Metrics;
using System.Text;
using SamenOpleiden.Advisor.Rephrasing.Reading;

namespace SamenOpleiden.Advisor.Rephrasing.Diagnostics;

/// <summary>
/// The layer's metrics, meter <c>SamenOpleiden.Advisor.Rephrasing</c>: every rephrasing and every reading of
/// an answer by outcome, every fallback by reason, and how long the model took.
/// </summary>
internal sealed class RephrasingMetrics
{
    public const string MeterName = "SamenOpleiden.Advisor.Rephrasing";

    private readonly Counter<long> _requests;
    private readonly Counter<long> _fallbacks;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _readings;
    private readonly Counter<long> _readingFallbacks;
    private readonly Histogram<double> _readingDuration;

    public RephrasingMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _requests = meter.CreateCounter<long>("advisor.rephrasing.requests", description: "Rephrasing requests by outcome.");
        _fallbacks = meter.CreateCounter<long>("advisor.rephrasing.fallbacks", description: "Rule text shown instead of a rephrasing, by reason.");
        _duration = meter.CreateHistogram<double>("advisor.rephrasing.model.duration", unit: "s", description: "Time the model took, including failures.");
        _readings = meter.CreateCounter<long>("advisor.reading.requests", description: "Readings of a respondent's own words by the model, by outcome.");
        _readingFallbacks = meter.CreateCounter<long>("advisor.reading.fallbacks", description: "Model readings not used (the deterministic reading stands), by reason.");
        _readingDuration = meter.CreateHistogram<double>("advisor.reading.model.duration", unit: "s", description: "Time the model took to read an answer, including failures.");
    }

    public void Outcome(RephrasingOutcome outcome) => _requests.Add(1, new KeyValuePair<string, object?>("outcome", Tag(outcome.ToString())));

    public void Fallback(RephrasingFallbackReason reason)
    {
        Outcome(RephrasingOutcome.FellBack);
        _fallbacks.Add(1, new KeyValuePair<string, object?>("reason", Tag(reason.ToString())));
    }

    public void ModelDuration(TimeSpan elapsed) => _duration.Record(elapsed.TotalSeconds);

    public void Reading(AnswerReadingOutcome outcome) => _readings.Add(1, new KeyValuePair<string, object?>("outcome", Tag(outcome.ToString())));

    public void ReadingFallback(RephrasingFallbackReason reason)
    {
        Reading(AnswerReadingOutcome.FellBack);
        _readingFallbacks.Add(1, new KeyValuePair<string, object?>("reason", Tag(reason.ToString())));
    }

    public void ReadingDuration(TimeSpan elapsed) => _readingDuration.Record(elapsed.TotalSeconds);

    /// <summary>snake_case, the convention for metric tag values: <c>MissingItem</c> becomes <c>missing_item</c>.</summary>
    public static string Tag(string name)
    {
        var tag = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && tag.Length > 0)
            {
                tag.Append('_');
            }

            tag.Append(char.ToLowerInvariant(c));
        }

        return tag.ToString();
    }
}
