using System.Text.Json;
using SamenOpleiden.Advisor.BotFramework.Cards;
using SamenOpleiden.Advisor.BotFramework.Schema;
using SamenOpleiden.Advisor.Conversation.Replies;

namespace SamenOpleiden.Advisor.BotFramework.Messaging;

/// <summary>
/// Renders the conversation's replies as activities answering <c>inbound</c>: from and recipient swapped, the
/// conversation id kept, questions as cards with buttons (plus suggested actions where Teams shows them: 1:1 chats),
/// results and roadmap steps as cards, text as markdown.
/// </summary>
internal static class ReplyActivityFactory
{
    public static IReadOnlyList<Activity> Render(IEnumerable<Reply> replies, Activity inbound, Uri? publicBaseUri) =>
        replies.Select(reply => Render(reply, inbound, publicBaseUri)).ToList();

    private static Activity Render(Reply reply, Activity inbound, Uri? publicBaseUri)
    {
        var activity = NewReply(inbound);
        switch (reply)
        {
            case TextReply text:
                activity.Text = text.Text;
                activity.TextFormat = "markdown";
                break;
            case QuestionReply question:
                activity.Attachments = [AdaptiveCardAttachment.From(ReplyCards.Question(question))];
                activity.InputHint = "expectingInput";
                if (IsOneOnOne(inbound) && question.Choices.Count > 0)
                {
                    activity.SuggestedActions = SuggestedChoices(question, inbound);
                }

                break;
            case SummaryReply summary:
                activity.Attachments = [AdaptiveCardAttachment.From(ReplyCards.Summary(summary))];
                break;
            case AdviceStepReply step:
                activity.Attachments = [AdaptiveCardAttachment.From(ReplyCards.AdviceStep(step))];
                break;
            case ReportLinkReply report:
                activity.Attachments = [AdaptiveCardAttachment.From(ReplyCards.ReportLink(report, Absolute(report.Url, publicBaseUri)))];
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "No rendering for this reply type.");
        }

        return activity;
    }

    private static Activity NewReply(Activity inbound) => new()
    {
        Type = ActivityTypes.Message,
        From = inbound.Recipient,
        Recipient = inbound.From,
        Conversation = new ConversationAccount { Id = inbound.Conversation?.Id },
        ReplyToId = inbound.Id,
        Locale = inbound.Locale,
    };

    /// <summary>Teams shows suggested actions in personal chats; group chats and channels get the card buttons only.</summary>
    private static bool IsOneOnOne(Activity inbound) =>
        inbound.Conversation?.ConversationType is { } type ? type == "personal" : inbound.Conversation?.IsGroup != true;

    private static SuggestedActions SuggestedChoices(QuestionReply question, Activity inbound) => new()
    {
        To = inbound.From?.Id is { } userId ? [userId] : null,
        Actions = question.Choices
            .Select(choice => new CardAction { Type = "imBack", Title = choice.Label, Value = JsonSerializer.SerializeToElement(choice.Value) })
            .ToList(),
    };

    private static Uri Absolute(string url, Uri? publicBaseUri) =>
        Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute
            : new Uri(publicBaseUri ?? new Uri("http://localhost/"), url);
}
