using System.Globalization;
using SamenOpleiden.Advisor.Conversation.Replies;

namespace SamenOpleiden.Advisor.BotFramework.Cards;

/// <summary>
/// Turns the conversation's structured replies into Adaptive Cards. Wording comes from the reply; only layout lives
/// here. Buttons carry short titles and post back the way <see cref="ChoiceButtons"/> says for the channel; the full
/// text of a choice (a phase's descriptor) is in the card's body.
/// </summary>
internal static class ReplyCards
{
    public static AdaptiveCard Question(QuestionReply question, ChoiceButtons buttons)
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

        AddChoices(card, question.Choices, buttons);
        return card.FallbackText(question.Text).Build();
    }

    /// <summary>A form: its inputs with labels and the client's own checks, the problems of the last try above them, one send button.</summary>
    public static AdaptiveCard Form(FormReply form)
    {
        var card = new AdaptiveCardBuilder().Text(form.Text);
        foreach (var problem in form.Problems)
        {
            card.Add(new TextBlock(problem) { Color = TextColor.Attention, Spacing = CardSpacing.Small });
        }

        foreach (var field in form.Fields)
        {
            card.Add(Input(field));
        }

        return card
            .Action(new SubmitAction(form.SubmitLabel, new FormSubmitData(form.Name)) { Style = "positive" })
            .FallbackText(form.Text)
            .Build();
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

    public static AdaptiveCard AdviceStep(AdviceStepReply step, ChoiceButtons buttons)
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

        AddChoices(card, step.Choices ?? [], buttons);
        return card.FallbackText(step.Title).Build();
    }

    /// <summary>
    /// The result in one compact card: the typering, the phases as facts and the titles of step 1, with buttons for
    /// what comes next; the typering's explanation and the advice in full are behind "Meer".
    /// </summary>
    public static AdaptiveCard Result(ResultReply result, ChoiceButtons buttons)
    {
        var card = new AdaptiveCardBuilder()
            .SubtleText("Jullie typering")
            .Add(new TextBlock(result.Typering) { Size = TextSize.Large, Weight = TextWeight.Bolder, Spacing = CardSpacing.None })
            .Add(new FactSet(result.Phases.Select(f => new CardFact(f.Label, f.Value)).ToList()) { Spacing = CardSpacing.Medium })
            .Add(new TextBlock(result.PhaseLegend) { IsSubtle = true, Size = TextSize.Small, Spacing = CardSpacing.Small })
            .Add(new TextBlock(result.Step.Title) { Weight = TextWeight.Bolder, Separator = true, Spacing = CardSpacing.Medium });
        foreach (var item in result.Step.Items)
        {
            card.Add(new TextBlock($"**{item.Title}** ({item.Subtitle})") { Spacing = CardSpacing.Small });
        }

        if (!string.IsNullOrWhiteSpace(result.Step.Footer))
        {
            // Says, among others, when a language model reworded the advice.
            card.SubtleText(result.Step.Footer);
        }

        AddChoices(card, result.Actions, buttons);
        var more = new List<CardElement> { new TextBlock(result.Summary) };
        more.AddRange(result.Step.Items.Select(AdviceItem));
        card.Action(new ShowCardAction("Meer", new ShownCard(more)));
        return card.FallbackText($"Typering: {result.Typering}. {result.Step.Title}").Build();
    }

    public static AdaptiveCard ReportLink(ReportLinkReply report, Uri reportUrl) =>
        new AdaptiveCardBuilder()
            .Text(report.Text)
            .OpenUrl("Open het rapport", reportUrl)
            .FallbackText($"{report.Text} {reportUrl}")
            .Build();

    private static void AddChoices(AdaptiveCardBuilder card, IEnumerable<Choice> choices, ChoiceButtons buttons)
    {
        foreach (var choice in choices)
        {
            card.Action(new SubmitAction(choice.Label, buttons.For(choice)));
        }
    }

    private static CardInput Input(FormField field) => field.Kind switch
    {
        FormFieldKind.Number => new NumberInput
        {
            Id = field.Id, Label = field.Label, IsRequired = field.Required ? true : null, ErrorMessage = field.ErrorMessage,
            Min = field.Min, Max = field.Max, Placeholder = field.Placeholder,
            Value = double.TryParse(field.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null,
        },
        FormFieldKind.Choice or FormFieldKind.MultiChoice => new ChoiceSetInput
        {
            Id = field.Id, Label = field.Label, IsRequired = field.Required ? true : null, ErrorMessage = field.ErrorMessage,
            Choices = field.Choices.Select(c => new CardChoice(c.Label, c.Value)).ToList(),
            Value = field.Value,
            IsMultiSelect = field.Kind == FormFieldKind.MultiChoice ? true : null,
            // A few options as radio buttons or check boxes (one tap each on a phone), more as a list.
            Style = field.Choices.Count <= 5 ? ChoiceInputStyle.Expanded : ChoiceInputStyle.Compact,
        },
        _ => new TextInput
        {
            Id = field.Id, Label = field.Label, IsRequired = field.Required ? true : null, ErrorMessage = field.ErrorMessage,
            Value = field.Value, Placeholder = field.Placeholder, MaxLength = field.Max,
            IsMultiline = field.Kind == FormFieldKind.LongText ? true : null,
        },
    };

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
