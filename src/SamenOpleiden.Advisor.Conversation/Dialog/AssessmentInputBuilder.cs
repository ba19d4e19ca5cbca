using SamenOpleiden.Advisor.Conversation.State;
using SamenOpleiden.Advisor.Core.Assessment;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Conversation.Dialog;

/// <summary>Turns the conversation's answers into the rules' input, in typology order.</summary>
internal static class AssessmentInputBuilder
{
    public static AssessmentInput From(ConversationState state, TypologyModel typology) => new()
    {
        Profile = state.Profile,
        Answers = typology.FocusPoints
            .Where(f => state.Answers.ContainsKey(f.Id))
            .ToDictionary(f => f.Id, f => state.Answers[f.Id]),
        FollowUpAnswers = state.FollowUpAnswers.OrderBy(a => a.Key, StringComparer.Ordinal).ToDictionary(),
        Ambition = state.Ambition,
    };

    /// <summary>True when both inputs hold the same profile, answers, follow-up answers and ambition.</summary>
    public static bool Same(AssessmentInput a, AssessmentInput b) =>
        a.Profile == b.Profile && a.Profile.Sectors.SequenceEqual(b.Profile.Sectors)
        && SameEntries(a.Answers, b.Answers) && SameEntries(a.FollowUpAnswers, b.FollowUpAnswers)
        && a.Ambition.SequenceEqual(b.Ambition, StringComparer.Ordinal);

    private static bool SameEntries<T>(IReadOnlyDictionary<string, T> a, IReadOnlyDictionary<string, T> b) =>
        a.Count == b.Count && a.All(entry => b.TryGetValue(entry.Key, out var value) && EqualityComparer<T>.Default.Equals(entry.Value, value));
}
