namespace SamenOpleiden.Advisor.Rephrasing.Guard;

/// <summary>
/// A rephrasing stays near the rule text's length: long enough to keep its content, short enough
/// not to add any. The slack covers naming the focus point and phase, which the rule text leaves to the layout.
/// </summary>
internal static class LengthCheck
{
    private const double MaxFactor = 2.5;
    private const int MaxSlack = 200;
    private const double MinFactor = 0.15;

    public static GuardVerdict? Check(string text, ExpectedItem item)
    {
        var max = (int)(item.RuleText.Length * MaxFactor) + MaxSlack;
        var min = (int)(item.RuleText.Length * MinFactor);
        return text.Length > max || text.Length < min
            ? GuardVerdict.Fail(RephrasingFallbackReason.Length, $"item '{item.Id}' has {text.Length} characters; allowed {min}-{max}")
            : null;
    }
}
