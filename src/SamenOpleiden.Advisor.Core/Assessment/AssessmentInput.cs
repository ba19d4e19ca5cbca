namespace SamenOpleiden.Advisor.Core.Assessment;

/// <summary>
/// Everything the rules decide on: the profile, the chosen phase per focus point (null = "weet ik
/// niet"), the answers to follow-up questions and the ambition. The result is a pure function of
/// this and the rules version.
/// </summary>
public sealed record AssessmentInput
{
    public RegionProfile Profile { get; init; } = new();

    /// <summary>Focus point id to chosen phase (1-3), or null when the respondent does not know.</summary>
    public IReadOnlyDictionary<string, int?> Answers { get; init; } = new Dictionary<string, int?>();

    /// <summary>Follow-up id (a consistency rule id) to the phase the respondent confirmed after the follow-up.</summary>
    public IReadOnlyDictionary<string, int> FollowUpAnswers { get; init; } = new Dictionary<string, int>();

    /// <summary>Focus point ids the region wants to move on first, most important first.</summary>
    public IReadOnlyList<string> Ambition { get; init; } = [];
}
