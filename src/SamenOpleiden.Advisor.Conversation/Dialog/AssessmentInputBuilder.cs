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
}
