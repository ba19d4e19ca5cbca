namespace SamenOpleiden.Advisor.Core.Assessment;

/// <summary>A follow-up question the rules can raise (one per consistency check), known before any evaluation.</summary>
/// <param name="Id">The consistency rule's name; answers refer to it.</param>
/// <param name="FocusPoint">The focus point whose phase the question is about.</param>
/// <param name="SuggestedPhase">The phase that fits when the respondent adjusts.</param>
/// <param name="Question">The question, in Dutch.</param>
public sealed record FollowUpQuestion(string Id, string FocusPoint, int SuggestedPhase, string Question);
