using Microsoft.Extensions.Logging;
using SamenOpleiden.Advisor.BotFramework.Cards;
using SamenOpleiden.Advisor.BotFramework.Schema;
using SamenOpleiden.Advisor.Conversation;
using SamenOpleiden.Advisor.Conversation.Replies;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine.Bots;

/// <summary>
/// The advisor behind Direct Line: translates activities into channel-neutral turns for the
/// conversation engine and its replies into Web Chat messages. It knows nothing of focus points.
/// </summary>
internal sealed class AdvisorActivityBot(
    IConversationEngine engine, WebChatReplyRenderer renderer, ILogger<AdvisorActivityBot> logger) : IActivityBot
{
    internal const string NoFilesText =
        "Dank je! Bestanden kan ik helaas niet bekijken. Vertel het me liever in een paar woorden, of kies een van de knoppen.";

    internal const string FailureText =
        "Sorry, daar ging iets mis aan mijn kant. Probeer het zo nog eens; je antwoorden tot nu toe zijn bewaard.";

    public async Task<IReadOnlyList<Activity>> OnActivityAsync(Activity activity, string? clientAddress, CancellationToken cancellationToken)
    {
        var replies = new List<Activity>();
        var input = ToTurn(activity) is { } turn ? turn with { ClientAddress = clientAddress } : null;
        if (activity.Type == ActivityTypes.Message && activity.Attachments is { Count: > 0 })
        {
            replies.Add(renderer.Render(new TextReply(NoFilesText), activity.ServiceUrl));
        }

        if (input is null)
        {
            return replies;
        }

        try
        {
            foreach (var reply in await engine.HandleAsync(input, cancellationToken))
            {
                replies.Add(renderer.Render(reply, activity.ServiceUrl));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "The conversation engine failed on activity {ActivityId}", activity.Id);
            replies.Add(renderer.Render(new TextReply(FailureText), activity.ServiceUrl));
        }

        return replies;
    }

    /// <summary>The turn an activity stands for, or null when there is nothing for the engine to answer.</summary>
    internal static TurnInput? ToTurn(Activity activity)
    {
        var conversationId = activity.Conversation?.Id;
        var userId = activity.From?.Id;
        if (conversationId is null || userId is null)
        {
            return null;
        }

        // Web Chat renders Adaptive Card inputs, so the profile comes as one form.
        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            return new TurnInput(conversationId, userId, TurnKind.ConversationStarted, null, DirectLineConversations.ChannelId, activity.Id, activity.Locale) { ShowsForms = true };
        }

        if (activity.Type != ActivityTypes.Message)
        {
            return null;
        }

        // Typed text, or a button (its value as text with messageBack/imBack, or as value from a card), or a sent form.
        var submitted = CardSubmission.Read(activity.Value);
        var text = !string.IsNullOrWhiteSpace(activity.Text) ? activity.Text : submitted?.Choice;
        return string.IsNullOrWhiteSpace(text) && submitted?.Values is null
            ? null
            : new TurnInput(conversationId, userId, TurnKind.Message, text?.Trim(), DirectLineConversations.ChannelId, activity.Id, activity.Locale)
            {
                ShowsForms = true,
                Values = submitted?.Values,
            };
    }
}
