using SamenOpleiden.Advisor.Conversation.Replies;

namespace SamenOpleiden.Advisor.BotFramework.Cards;

/// <summary>Turns the conversation's structured replies into Adaptive Cards. Wording comes from the reply; only layout lives here.</summary>
internal static class ReplyCards
{
    public static AdaptiveCard Question(QuestionReply question)
    {
        var card = new AdaptiveCardBuilder();
        if (question.Progress is { } progress)
        {
            card.SubtleText(progress.Label);
        }

        card.Text(question.Text);
        foreach (var choice in question.Choices.Where(c => !string.IsNullOrWhiteSpace(c.Description)))
        {
            card.Add(new TextBlock($"**{choice.Label}**: {choice.Description}") { Spacing = CardSpacing.Small });
        }

        foreach (var choice in question.Choices)
        {
            card.Submit(choice.Label, choice.Value);
        }

        return card.FallbackText(question.Text).Build();
    }

    public static AdaptiveCard Summary(SummaryReply summary)
    {
        var card = new AdaptiveCardBuilder()
            .Heading(summary.Title)
            .Facts(summary.Facts.Select(f => new CardFact(f.Label, f.Value)));
        if (!string.IsNullOrWhiteSpace(summary.Footer))
        {
            card.SubtleText(summary.Footer);
        }

        return card.FallbackText(summary.Title).Build();
    }

    public static AdaptiveCard AdviceStep(AdviceStepReply step)
    {
        var card = new AdaptiveCardBuilder().Heading(step.Title);
        foreach (var item in step.Items)
        {
            card.Add(AdviceItem(item));
        }

        if (!string.IsNullOrWhiteSpace(step.Footer))
        {
            card.SubtleText(step.Footer);
        }

        return card.FallbackText(step.Title).Build();
    }

    public static AdaptiveCard ReportLink(ReportLinkReply report, Uri reportUrl) =>
        new AdaptiveCardBuilder()
            .Text(report.Text)
            .OpenUrl("Open het rapport", reportUrl)
            .FallbackText($"{report.Text} {reportUrl}")
            .Build();

    private static Container AdviceItem(AdviceItemView item)
    {
        var facts = new List<CardFact> { new("Wie", item.Who), new("Wanneer", item.Horizon) };
        if (!string.IsNullOrWhiteSpace(item.Instrument))
        {
            facts.Add(new CardFact("Instrument", item.Instrument));
        }

        var elements = new List<CardElement>
        {
            new TextBlock(item.Title) { Weight = TextWeight.Bolder },
            new TextBlock(item.Subtitle) { IsSubtle = true, Spacing = CardSpacing.None },
        };
        if (item.Actions.Count > 0)
        {
            elements.Add(new TextBlock(string.Join("\n", item.Actions.Select(a => $"- {a}"))));
        }

        elements.Add(new FactSet(facts));
        return new Container(elements) { Separator = true, Spacing = CardSpacing.Medium };
    }
}
