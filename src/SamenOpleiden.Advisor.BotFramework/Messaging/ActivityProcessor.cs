using Microsoft.Extensions.Logging;
using SamenOpleiden.Advisor.BotFramework.Connector;
using SamenOpleiden.Advisor.BotFramework.Schema;
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

        var replies = await RunTurnAsync(turn, activity, publicBaseUri, cancellationToken);
        if (IsExpectReplies(activity))
        {
            return new ActivityResponse(200, new ExpectedReplies(replies));
        }

        delivery.Enqueue(activity, turn.ConversationKey, replies);
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

        delivery.Enqueue(activity, turn.ConversationKey, await RunTurnAsync(turn, activity, publicBaseUri, cancellationToken));
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
