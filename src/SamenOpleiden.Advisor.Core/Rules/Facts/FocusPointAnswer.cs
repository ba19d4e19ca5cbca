namespace SamenOpleiden.Advisor.Core.Rules.Facts;

/// <summary>The respondent's answer on one focus point, as inserted into a session: one per focus point of the typology.</summary>
/// <remarks>Facts are classes, compared by reference: two answers that happen to be equal are still two facts.</remarks>
public sealed class FocusPointAnswer(string focusPoint, int order, int? chosen)
{
    public string FocusPoint { get; } = focusPoint;

    /// <summary>The focus point's position on the typology sheet, so derived facts keep the sheet order.</summary>
    public int Order { get; } = order;

    /// <summary>The chosen phase 1-3, or null for "weet ik niet" (also when the question was skipped).</summary>
    public int? Chosen { get; } = chosen;
}
