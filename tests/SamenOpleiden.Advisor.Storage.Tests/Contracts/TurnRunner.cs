using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Storage.Tests.Contracts;

/// <summary>
/// The conversation engine's save path in miniature: answer a redelivered activity from the store,
/// else load, apply (record the activity in <see cref="ConversationState.Done"/>), save at the loaded
/// version and start over on a conflict. Lets storage tests prove "applied once, in order" without the dialog.
/// </summary>
internal static class TurnRunner
{
    private const int MaxAttempts = 200;

    /// <summary>Applies one turn; returns how many conflicts it had to retry.</summary>
    public static async Task<int> ApplyAsync(IConversationStore store, string conversation, string activityId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await store.FindRepliesAsync(conversation, activityId, cancellationToken) is not null)
            {
                return attempt;
            }

            var stored = await store.LoadAsync(conversation, cancellationToken);
            var state = stored?.State ?? new ConversationState { ConversationKey = conversation, RespondentKey = "respondent-of-" + conversation };
            state.Done.Add(activityId);
            try
            {
                await store.SaveTurnAsync(new TurnRecord(state, stored?.Version, activityId, [new TextReply("antwoord op " + activityId)]), cancellationToken);
                return attempt;
            }
            catch (ConversationConflictException)
            {
                // Another turn won the race: run this one again on the state it left.
            }
        }

        throw new InvalidOperationException($"Turn {activityId} kept conflicting.");
    }
}
