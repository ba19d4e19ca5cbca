namespace SamenOpleiden.Advisor.Core.Rules.Facts;

/// <summary>The focus points the region wants to move on first, most important first; one per session.</summary>
public sealed class Ambition(IReadOnlyList<string> focusPoints)
{
    public IReadOnlyList<string> FocusPoints { get; } = focusPoints;

    /// <summary>1 for the first ambition, 2 for the second, …; 0 when <paramref name="focusPoint"/> is not one.</summary>
    public int RankOf(string? focusPoint)
    {
        for (var i = 0; i < FocusPoints.Count; i++)
            if (FocusPoints[i] == focusPoint) return i + 1;
        return 0;
    }
}
