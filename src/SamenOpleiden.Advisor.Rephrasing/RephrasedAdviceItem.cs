namespace SamenOpleiden.Advisor.Rephrasing;

/// <summary>One advice item to show.</summary>
/// <param name="AdviceId">The advice item's id in the rules' result.</param>
/// <param name="Step">The roadmap step the item belongs to.</param>
/// <param name="RuleText">The rules' own words for the item (what <c>originele tekst</c> shows).</param>
/// <param name="RephrasedText">The guarded rephrasing, or null when the rule text is shown.</param>
public sealed record RephrasedAdviceItem(string AdviceId, int Step, string RuleText, string? RephrasedText)
{
    /// <summary>The text to show: the rephrasing when there is one, otherwise the rule text.</summary>
    public string Text => RephrasedText ?? RuleText;

    /// <summary>True when <see cref="Text"/> is the model's rephrasing.</summary>
    public bool IsRephrased => RephrasedText is not null;
}
