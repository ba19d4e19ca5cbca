using System.Globalization;
using System.Text;
using System.Text.Json;
using SamenOpleiden.Advisor.BotFramework.Cards;
using SamenOpleiden.Advisor.BotFramework.Schema;
using SamenOpleiden.Advisor.Conversation.Replies;

namespace SamenOpleiden.Advisor.BotFramework.DirectLine.Bots;

/// <summary>
/// Renders channel-neutral replies for Web Chat: markdown text (Web Chat renders it and sanitises HTML), a question's
/// choices as <c>messageBack</c> suggested actions (once: no card repeats them), the progress marker in italics,
/// advice steps and summaries as readable markdown, the profile form and the result as Adaptive Cards, and a
/// report link as a markdown link.
/// </summary>
internal sealed class WebChatReplyRenderer
{
    internal const string ProgressKey = "samenopleiden:progress";

    public Activity Render(Reply reply, string? serviceUrl) => reply switch
    {
        TextReply text => Message(text.Text),
        QuestionReply question => WithChoices(Question(question), question.Choices),
        SummaryReply summary => Message(Summary(summary)),
        AdviceStepReply step => WithChoices(Message(AdviceStep(step)), step.Choices ?? []),
        FormReply form => Card(ReplyCards.Form(form)),
        ResultReply result => Card(ReplyCards.Result(result, ChoiceButtons.WebChat)),
        ReportLinkReply link => Message($"[{Escape(link.Text)}]({Absolute(link.Url, serviceUrl)})"),
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "Unknown reply type."),
    };

    private static Activity Question(QuestionReply question)
    {
        var text = new StringBuilder();
        if (question.Progress is { } progress)
        {
            text.Append('*').Append(Escape(progress.Label)).Append("*\n\n");
        }

        text.Append(question.Text);
        var described = question.Choices.Where(choice => !string.IsNullOrWhiteSpace(choice.Description)).ToList();
        if (described.Count > 0)
        {
            text.Append("\n\n");
            foreach (var choice in described)
            {
                text.Append("- **").Append(Escape(choice.Label)).Append("**: ").Append(choice.Description).Append('\n');
            }
        }

        var activity = Message(text.ToString().TrimEnd());
        activity.InputHint = "expectingInput";
        if (question.Progress is { } marker)
        {
            // The page shows this as a progress bar next to the chat.
            activity.ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, object>
            {
                [ProgressKey] = new { current = marker.Current, total = marker.Total, label = marker.Label },
            });
        }

        return activity;
    }

    private static Activity WithChoices(Activity activity, IReadOnlyList<Choice> choices)
    {
        if (choices.Count > 0)
        {
            // messageBack rather than imBack: the engine gets the choice's value as text, while the
            // transcript shows the label the person pressed ("Fase 2", not "2").
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = [.. choices.Select(choice => new CardAction
                {
                    Type = "messageBack",
                    Title = choice.Label,
                    Text = choice.Value,
                    DisplayText = choice.Label,
                })],
            };
        }

        return activity;
    }

    private static Activity Card(AdaptiveCard card) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [AdaptiveCardAttachment.From(card)],
    };

    private static string Summary(SummaryReply summary)
    {
        var text = new StringBuilder().Append("**").Append(Escape(summary.Title)).Append("**\n\n");
        foreach (var fact in summary.Facts)
        {
            text.Append("- ").Append(Escape(fact.Label)).Append(": **").Append(Escape(fact.Value)).Append("**\n");
        }

        return AppendFooter(text, summary.Footer);
    }

    private static string AdviceStep(AdviceStepReply step)
    {
        var text = new StringBuilder().Append("**").Append(Escape(step.Title)).Append("**\n\n");
        var number = 1;
        foreach (var item in step.Items)
        {
            text.Append(number++.ToString(CultureInfo.InvariantCulture)).Append(". **").Append(Escape(item.Title)).Append("**");
            if (!string.IsNullOrWhiteSpace(item.Subtitle))
            {
                text.Append(" — ").Append(item.Subtitle);
            }

            text.Append('\n');
            foreach (var action in item.Actions)
            {
                text.Append("   - ").Append(action).Append('\n');
            }

            text.Append("   - *Wie:* ").Append(item.Who).Append(" · *Wanneer:* ").Append(item.Horizon);
            if (!string.IsNullOrWhiteSpace(item.Instrument))
            {
                text.Append(" · *Instrument:* ").Append(item.Instrument);
            }

            text.Append("\n\n");
        }

        return AppendFooter(text, step.Footer);
    }

    private static string AppendFooter(StringBuilder text, string? footer)
    {
        if (!string.IsNullOrWhiteSpace(footer))
        {
            text.Append("\n\n_").Append(footer.Trim()).Append('_');
        }

        return text.ToString().TrimEnd();
    }

    // Reports may be linked relative to the service; Web Chat needs an absolute http(s) URL to open it.
    private static string Absolute(string url, string? serviceUrl) =>
        url.StartsWith('/') && serviceUrl is { Length: > 0 } ? serviceUrl.TrimEnd('/') + url : url;

    private static string Escape(string text) => text.Replace("*", "\\*").Replace("[", "\\[").Replace("]", "\\]");

    // Web Chat strips anything that looks like HTML, so a placeholder such as "wijzig <focuspunt>" must be escaped.
    private static Activity Message(string text) =>
        new() { Type = ActivityTypes.Message, Text = text.Replace("<", "\\<").Replace(">", "\\>"), TextFormat = "markdown" };
}
