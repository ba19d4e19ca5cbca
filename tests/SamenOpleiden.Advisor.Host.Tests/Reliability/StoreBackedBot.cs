using SamenOpleiden.Advisor.BotFramework.DirectLine;
using SamenOpleiden.Advisor.BotFramework.Schema;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.Host.Tests.Reliability;

/// <summary>
/// A bot whose every turn goes through the conversation store the way the conversation engine's
/// save path does: a redelivered activity gets its stored reply; otherwise load, record the text in
/// <see cref="ConversationState.Done"/>, save at the loaded version, and start over on a conflict.
/// Its reply is <c>antwoord op {text}</c>, so tests can match every reply to the message it answers.
/// </summary>
internal sealed class StoreBackedBot(IConversationStore store) : IActivityBot
{
    private const int MaxAttempts = 50;

    public async Task<IReadOnlyList<Activity>> OnActivityAsync(Activity activity, string? clientAddress, CancellationToken cancellationToken)
    {
        if (activity.Type != ActivityTypes.Message || activity.Conversation?.Id is not { } conversationId || activity.Id is not { } activityId)
        {
            return [];
        }

        var key = "directline:" + conversationId;
        for (var attempt = 1; ; attempt++)
        {
            if (await store.FindRepliesAsync(key, activityId, cancellationToken) is { } earlier)
            {
                return [.. earlier.OfType<TextReply>().Select(Reply)];
            }

            var stored = await store.LoadAsync(key, cancellationToken);
            var state = stored?.State ?? new ConversationState { ConversationKey = key, RespondentKey = "directline:" + activity.From?.Id };
            state.Done.Add(activity.Text ?? string.Empty);
            var reply = new TextReply("antwoord op " + activity.Text);
            try
            {
                await store.SaveTurnAsync(new TurnRecord(state, stored?.Version, activityId, [reply]), cancellationToken);
                return [Reply(reply)];
            }
            catch (ConversationConflictException) when (attempt < MaxAttempts)
            {
                // Another instance saved a turn of this conversation first: run this one on its result.
            }
        }
    }

    private static Activity Reply(TextReply reply) => new() { Type = ActivityTypes.Message, Text = reply.Text };
}
