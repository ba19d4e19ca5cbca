namespace SamenOpleiden.Advisor.Core.Rules.Facts;

/// <summary>The phases respondents confirmed after follow-up questions, by follow-up id (a consistency rule's name); one per session.</summary>
public sealed class FollowUpAnswers(IReadOnlyDictionary<string, int> answers)
{
    /// <summary>The confirmed phase for the follow-up <paramref name="id"/>, or null while it is unanswered.</summary>
    public int? For(string id) => answers.TryGetValue(id, out var phase) ? phase : null;
}
