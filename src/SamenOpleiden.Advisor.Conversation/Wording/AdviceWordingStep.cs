using SamenOpleiden.Advisor.Conversation.Dialog;
using SamenOpleiden.Advisor.Conversation.Replies;

namespace SamenOpleiden.Advisor.Conversation.Wording;

/// <summary>
/// Runs after the dialog and before the turn is saved (stored replies are what a redelivered
/// input gets back, so they hold the final text): rewords the advice steps of the turn unless the
/// respondent asked for the rules' own words (<c>originele tekst</c>).
/// </summary>
internal sealed class AdviceWordingStep(DialogServices services, IAdviceWording wording)
{
    public async Task ApplyAsync(DialogTurn turn, CancellationToken cancellationToken)
    {
        if (!wording.IsActive || turn.State.ShowRuleText || !turn.Replies.Any(r => r is AdviceStepReply or ResultReply))
        {
            return;
        }

        // The result the presenter just showed: the turn evaluated the rules once.
        var texts = await wording.WordAsync(services.Evaluate(turn), turn.State.Remarks, cancellationToken);
        if (texts.Count == 0)
        {
            return;
        }

        for (var i = 0; i < turn.Replies.Count; i++)
        {
            turn.Replies[i] = turn.Replies[i] switch
            {
                AdviceStepReply step => Reworded(step, texts),
                ResultReply result => result with { Step = Reworded(result.Step, texts) },
                var other => other,
            };
        }
    }

    private static AdviceStepReply Reworded(AdviceStepReply step, IReadOnlyDictionary<string, string> texts)
    {
        var items = step.Items
            .Select(item => item.AdviceId is { } id && texts.TryGetValue(id, out var text) ? item with { Actions = [text] } : item)
            .ToList();
        if (items.SequenceEqual(step.Items))
        {
            return step;
        }

        var footer = step.Footer is null ? DialogTexts.Reworded : $"{step.Footer} {DialogTexts.Reworded}";
        return step with { Items = items, Footer = footer };
    }
}
