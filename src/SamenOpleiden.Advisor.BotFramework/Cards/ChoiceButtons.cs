using SamenOpleiden.Advisor.BotFramework.Schema;
using SamenOpleiden.Advisor.Conversation.Replies;

namespace SamenOpleiden.Advisor.BotFramework.Cards;

/// <summary>How a choice on a card posts back, per channel: the same card, with the click each client shows best.</summary>
internal abstract class ChoiceButtons
{
    public static ChoiceButtons Teams { get; } = new TeamsButtons();

    public static ChoiceButtons WebChat { get; } = new WebChatButtons();

    public abstract CardSubmitData For(Choice choice);

    private sealed class TeamsButtons : ChoiceButtons
    {
        public override CardSubmitData For(Choice choice) => new TeamsChoiceData(choice.Value, new TeamsMessageBack(choice.Value, choice.Label));
    }

    private sealed class WebChatButtons : ChoiceButtons
    {
        public override CardSubmitData For(Choice choice) =>
            new WebChatChoiceData(new CardAction { Type = "messageBack", Title = choice.Label, Text = choice.Value, DisplayText = choice.Label });
    }
}
