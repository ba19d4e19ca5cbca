using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SamenOpleiden.Advisor.Host.Observability;

/// <summary>
/// The service's own instruments on meter <c>SamenOpleiden.Advisor</c>: turns and their latency,
/// rule evaluations, and requests refused (rate limit, database down, bad or unauthorised input).
/// Tags carry channel and outcome only, never text or ids.
/// </summary>
internal sealed class AdvisorMetrics
{
    public const string MeterName = "SamenOpleiden.Advisor";

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Histogram<double> _ruleEvaluation;
    private readonly Counter<long> _rejections;

    public AdvisorMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _turns = meter.CreateCounter<long>("advisor.turns", description: "Conversation turns by channel and outcome (ok, unavailable, failed).");
        _turnDuration = meter.CreateHistogram<double>("advisor.turn.duration", unit: "s", description: "Time from input to replies, storage included.");
        _ruleEvaluation = meter.CreateHistogram<double>("advisor.rules.evaluation.duration", unit: "s", description: "Time the compiled rules took for one assessment.");
        _rejections = meter.CreateCounter<long>("advisor.requests.rejected", description: "Requests answered 400, 401, 403, 413, 429 or 503, by status.");
    }

    public void Turn(string channel, string outcome, TimeSpan duration)
    {
        var tags = new TagList { { "channel", channel }, { "outcome", outcome } };
        _turns.Add(1, tags);
        _turnDuration.Record(duration.TotalSeconds, tags);
    }

    public void RuleEvaluation(TimeSpan duration) => _ruleEvaluation.Record(duration.TotalSeconds);

    public void Rejection(int status) => _rejections.Add(1, new KeyValuePair<string, object?>("status", status));
}
