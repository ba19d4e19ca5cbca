using Microsoft.Extensions.Logging;
using SamenOpleiden.Advisor.BotFramework.Connector;
using SamenOpleiden.Advisor.BotFramework.Schema;
using SamenOpleiden.Advisor.BotFramework.Teams;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.Replies;
using SamenOpleiden.Advisor.Conversation.State;

namespace SamenOpleiden.Advisor.BotFramework.Messaging;

/// <summary>Handles one authenticated, well-formed activity and says what to answer on the HTTP response.</summary>
internal interface IActivityProcessor
{
    Task<ActivityResponse> ProcessAsync(Activity activity, Uri? publicBaseUri, CancellationToken cancellationToken);
}

/// <summary>
/// Runs the turn through the channel-neutral <see cref="IConversationEngine"/> and sends its replies back: in the
/// HTTP body for <c>deliveryMode: expectReplies</c>, otherwise through the Connector. Typing, endOfConversation and
/// unknown types get 200 and no reply; invokes get an invoke response.
/// </summary>
internal sealed class ActivityProcessor(
    IConversationEngine engine,
    IReplyDelivery delivery,
    ConversationStartGate startGate,
    TeamsGroupChats groupChats,
    ILogger<ActivityProcessor> logger)
    : IActivityProcessor
{
    private const string AdaptiveCardActionInvoke = "adaptiveCard/action";
    private const string ExpectReplies = "expectReplies";

    public async Task<ActivityResponse> ProcessAsync(Activity activity, Uri? publicBaseUri, CancellationToken cancellationToken)
    {
        if (activity.Type == ActivityTypes.Invoke)
        {
            return await ProcessInvokeAsync(activity, publicBaseUri, cancellationToken);
        }

        var turn = ActivityTurnMapper.ToTurn(activity);
        if (turn is { Kind: TurnKind.ConversationStarted } && !startGate.TryStart(turn.ConversationId))
        {
            logger.LogDebug("Ignored a second start of conversation {ConversationId} ({ActivityType})", turn.ConversationId, activity.Type);
            turn = null;
        }

        if (turn is null)
        {
            return IsExpectReplies(activity) ? new ActivityResponse(200, new ExpectedReplies([])) : ActivityResponse.Ok;
        }

        if (TeamsGroupChats.IsTeamsGroup(activity))
        {
            if (turn.Kind == TurnKind.ConversationStarted)
            {
                // Added to a group chat or team: no assessment is started for the whole group, the bot says how it works.
                return Answer(activity, turn, [TeamsGroupChats.Introduction(activity)]);
            }

            if (await groupChats.OpenPersonalChatAsync(activity, cancellationToken) is { } personal)
            {
                await ContinueInPersonalChatAsync(personal, publicBaseUri, cancellationToken);
                return Answer(activity, turn, [TeamsGroupChats.MovedNotice(activity)]);
            }
        }

        return Answer(activity, turn, await RunTurnAsync(turn, activity, publicBaseUri, cancellationToken));
    }

    /// <summary>
    /// The speaker's own conversation carries on (or starts) in their 1:1 chat, where a command in the group message acts;
    /// the replies are appended there, as they answer no activity of that chat.
    /// </summary>
    private async Task ContinueInPersonalChatAsync(Activity personal, Uri? publicBaseUri, CancellationToken cancellationToken)
    {
        var turn = ActivityTurnMapper.ToTurn(personal)! with { Kind = TurnKind.ConversationStarted };
        var replies = await RunTurnAsync(turn, personal, publicBaseUri, cancellationToken);
        foreach (var reply in replies)
        {
            reply.ReplyToId = null;
        }

        delivery.Enqueue(ReplyTarget.To(personal, turn) with { ReplyToId = null }, replies);
    }

    /// <summary>Replies to the activity: in the HTTP body for <c>deliveryMode: expectReplies</c>, otherwise through the Connector.</summary>
    private ActivityResponse Answer(Activity activity, TurnInput turn, IReadOnlyList<Activity> replies)
    {
        if (IsExpectReplies(activity))
        {
            return new ActivityResponse(200, new ExpectedReplies(replies));
        }

        delivery.Enqueue(ReplyTarget.To(activity, turn), replies);
        return ActivityResponse.Ok;
    }

    private async Task<ActivityResponse> ProcessInvokeAsync(Activity activity, Uri? publicBaseUri, CancellationToken cancellationToken)
    {
        if (activity.Name != AdaptiveCardActionInvoke)
        {
            // As the SDK does for an invoke no handler took.
            return new ActivityResponse(501);
        }

        var turn = ActivityTurnMapper.InvokeToTurn(activity);
        if (turn is null)
        {
            return new ActivityResponse(200, InvokeResponses.BadRequest("Deze knop begrijp ik niet."));
        }

        delivery.Enqueue(ReplyTarget.To(activity, turn), await RunTurnAsync(turn, activity, publicBaseUri, cancellationToken));
        return new ActivityResponse(200, InvokeResponses.Message("Je antwoord is ontvangen."));
    }

    private async Task<IReadOnlyList<Activity>> RunTurnAsync(TurnInput turn, Activity activity, Uri? publicBaseUri, CancellationToken cancellationToken)
    {
        IReadOnlyList<Reply> replies;
        try
        {
            replies = await engine.HandleAsync(turn, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException && !StorageUnavailableException.Describes(e))
        {
            // A database outage is not caught here: the host answers 503 so the channel retries later. A bug in a turn must not turn into channel retries of the same message; the user gets a short apology.
            logger.LogError(e, "The conversation engine failed on {ActivityType} {ActivityId} in {ConversationId}",
                activity.Type, activity.Id, turn.ConversationId);
            replies = [new TextReply("Sorry, daar ging bij mij iets mis. Probeer het zo nog eens.")];
        }

        return ReplyActivityFactory.Render(replies, activity, publicBaseUri);
    }

    private static bool IsExpectReplies(Activity activity) =>
        string.Equals(activity.DeliveryMode, ExpectReplies, StringComparison.Ordinal);
}
