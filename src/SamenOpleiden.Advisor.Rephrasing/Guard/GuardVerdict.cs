namespace SamenOpleiden.Advisor.Rephrasing.Guard;

/// <summary>The guard's decision: the rephrased texts by advice id, or why the rule text must be shown.</summary>
internal sealed record GuardVerdict(IReadOnlyDictionary<string, string>? Texts, RephrasingFallbackReason? Reason, string? Detail)
{
    public bool Passed => Texts is not null;

    public static GuardVerdict Pass(IReadOnlyDictionary<string, string> texts) => new(texts, null, null);

    public static GuardVerdict Fail(RephrasingFallbackReason reason, string detail) => new(null, reason, detail);
}
