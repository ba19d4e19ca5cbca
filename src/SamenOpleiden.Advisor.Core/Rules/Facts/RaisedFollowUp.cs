namespace SamenOpleiden.Advisor.Core.Rules.Facts;

/// <summary>A follow-up question a consistency rule raised because two answers contradict each other.</summary>
public sealed class RaisedFollowUp(string id, string focusPoint, int suggestedPhase, string question, int? answer)
{
    /// <summary>The consistency rule's name; stored follow-up answers refer to it.</summary>
    public string Id { get; } = id;

    /// <summary>The focus point whose phase the question is about.</summary>
    public string FocusPoint { get; } = focusPoint;

    /// <summary>The phase that fits when the respondent adjusts.</summary>
    public int SuggestedPhase { get; } = suggestedPhase;

    public string Question { get; } = question;

    /// <summary>The phase the respondent confirmed, or null while the question is open.</summary>
    public int? Answer { get; } = answer;
}
