namespace SamenOpleiden.Advisor.Core.Rules.Facts;

/// <summary>The phase the rules assign to one focus point: exactly one per focus point in every session.</summary>
public sealed class FocusPhase(string focusPoint, int order, int? phase)
{
    public string FocusPoint { get; } = focusPoint;

    /// <summary>The focus point's position on the typology sheet.</summary>
    public int Order { get; } = order;

    /// <summary>1-3, or null when it is unknown ("weet ik niet").</summary>
    public int? Phase { get; } = phase;
}
