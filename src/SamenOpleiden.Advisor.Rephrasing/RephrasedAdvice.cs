namespace SamenOpleiden.Advisor.Rephrasing;

/// <summary>
/// The advice to show: one entry per advice item of the result, in the rules' order, each with the
/// rephrased text or, when the layer is off or the model's answer was refused, the rule text.
/// </summary>
/// <param name="Items">Every advice item of every step, in step and item order.</param>
/// <param name="Outcome">Whether the text is rephrased, came from the cache, fell back, or the layer is off.</param>
/// <param name="FallbackReason">Why the rule text is shown, when <paramref name="Outcome"/> is <see cref="RephrasingOutcome.FellBack"/>.</param>
/// <param name="FallbackDetail">A short English explanation for logs and diagnostics; never shown to respondents.</param>
public sealed record RephrasedAdvice(
    IReadOnlyList<RephrasedAdviceItem> Items,
    RephrasingOutcome Outcome,
    RephrasingFallbackReason? FallbackReason = null,
    string? FallbackDetail = null)
{
    /// <summary>True when the items carry the model's (guarded) words.</summary>
    public bool IsRephrased => Outcome is RephrasingOutcome.Rephrased or RephrasingOutcome.Cached;

    /// <summary>The item for <paramref name="adviceId"/>, or null.</summary>
    public RephrasedAdviceItem? Find(string adviceId) => Items.FirstOrDefault(i => i.AdviceId == adviceId);
}
