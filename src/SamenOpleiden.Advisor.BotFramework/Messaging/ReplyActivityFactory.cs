using SamenOpleiden.Advisor.BotFramework.Cards;
using SamenOpleiden.Advisor.BotFramework.Schema;
using SamenOpleiden.Advisor.Conversation.Replies;

namespace SamenOpleiden.Advisor.BotFramework.Messaging;

/// <summary>
/// Renders the conversation's replies as activities answering <c>inbound</c>: from and recipient swapped, the
/// conversation id kept, questions, forms, results and roadmap steps as cards, text as markdown. Choices are card
/// buttons only (not repeated as suggested actions), and a click shows in the chat what was chosen (messageBack).
/// </summary>
internal static class ReplyActivityFactory
{
    public static IReadOnlyList<Activity> Render(IEnumerable<Reply> replies, Activity inbound, Uri? publicBaseUri) =>
        replies.Select(reply => Render(reply, inbound, publicBaseUri)).ToList();

    private static Activity Render(Reply reply, Activity inbound, Uri? publicBaseUri)
    {
        var activity = NewReply(inbound);
        var buttons = ChoiceButtons.Teams;
        switch (reply)
        {
            case TextReply text:
                activity.Text = text.Text;
                activity.TextFormat = "markdown";
                break;
            case QuestionReply question:
                activity.Attachments = [AdaptiveCardAttachment.From(ReplyCards.Question(question, buttons))];
                activity.InputHint = "expectingInput";
                break;
            case FormReply form:
                activity.Attachments = [AdaptiveCardAttachment.From(ReplyCards.Form(form))];
                activity.InputHint = "expectingInput";
                break;
            case SummaryReply summary:
                activity.Attachments = [AdaptiveCardAttachment.From(ReplyCards.Summary(summary))];
                break;
            case AdviceStepReply step:
                activity.Attachments = [AdaptiveCardAttachment.From(ReplyCards.AdviceStep(step, buttons))];
                break;
            case ResultReply result:
                activity.Attachments = [AdaptiveCardAttachment.From(ReplyCards.Result(result, buttons))];
                break;
            case ReportLinkReply report:
                activity.Attachments = [AdaptiveCardAttachment.From(ReplyCards.ReportLink(report, Absolute(report.Url, publicBaseUri)))];
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "No rendering for this reply type.");
        }

        return activity;
    }

    /// <summary>An empty message answering <paramref name="inbound"/>: from and recipient swapped, same conversation, a reply to it.</summary>
    public static Activity NewReply(Activity inbound) => new()
    {
        Type = ActivityTypes.Message,
        From = inbound.Recipient,
        Recipient = inbound.From,
        Conversation = new ConversationAccount { Id = inbound.Conversation?.Id },
        ReplyToId = inbound.Id,
        Locale = inbound.Locale,
    };

    private static Uri Absolute(string url, Uri? publicBaseUri) =>
        Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute
            : new Uri(publicBaseUri ?? new Uri("http://localhost/"), url);
}
