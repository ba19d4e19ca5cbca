namespace SamenOpleiden.Advisor.Core.Rules.Facts;

/// <summary>The answer on one focus point, as the Phase workflow sees it (<c>a</c>).</summary>
public sealed class AnswerFacts
{
    public string FocusPoint { get; init; } = "";

    /// <summary>The chosen phase, 0 for "weet ik niet".</summary>
    public int Chosen { get; init; }

    /// <summary>The phase confirmed after a follow-up question, 0 when there was none.</summary>
    public int Adjusted { get; init; }
}
