using SamenOpleiden.Advisor.Conversation.Replies;
using Spectre.Console;

namespace SamenOpleiden.Advisor.Host.Cli.Chat;

/// <summary>The interactive terminal: replies in panels and tables, choices as a selectable list, a progress bar.</summary>
internal sealed class SpectreChatConsole(IAnsiConsole console)
{
    private const string TypeYourself = "… zelf typen";

    public void Write(IEnumerable<Reply> replies)
    {
        foreach (var reply in replies.Where(r => r is not QuestionReply))
        {
            console.Write(new Markup(Markup.Escape(PlainReplyWriter.Render(reply)) + "\n\n"));
        }
    }

    /// <summary>Asks the last question of the replies (or an open prompt) and returns what the respondent chose or typed.</summary>
    public string Ask(IReadOnlyList<Reply> replies)
    {
        if (replies.OfType<QuestionReply>().LastOrDefault() is { } question)
        {
            if (question.Progress is { } progress)
            {
                var done = (int)Math.Round(20.0 * progress.Current / Math.Max(1, progress.Total));
                console.MarkupLine($"[grey]{new string('█', done)}{new string('░', 20 - done)} {Markup.Escape(progress.Label)}[/]");
            }

            console.MarkupLine($"[bold]{Markup.Escape(question.Text)}[/]");
        }

        if (OfferedChoices.In(replies) is not { } offered)
        {
            return TypeYourselfPrompt();
        }

        var chosen = offered.AllowsSeveral ? PickSeveral(offered.Choices) : PickOne(offered.Choices);
        if (chosen.Count == 0)
        {
            return TypeYourselfPrompt();
        }

        // The list disappears once chosen; echo the choice so the transcript on screen stays readable.
        console.MarkupLine($"[green]Jij:[/] {Markup.Escape(string.Join(", ", chosen.Select(c => c.Label)))}");
        return string.Join(", ", chosen.Select(c => c.Value));
    }

    private List<Choice> PickOne(IReadOnlyList<Choice> choices)
    {
        var labels = choices.Select(Label).Append(TypeYourself).ToList();
        var picked = console.Prompt(new SelectionPrompt<string>().PageSize(12).AddChoices(labels).UseConverter(Markup.Escape));
        return choices.Where(c => Label(c) == picked).Take(1).ToList();
    }

    /// <summary>Several may apply (the sectors): a list with check boxes; choosing none lets the respondent type instead.</summary>
    private List<Choice> PickSeveral(IReadOnlyList<Choice> choices)
    {
        var picked = console.Prompt(new MultiSelectionPrompt<string>()
            .PageSize(12)
            .NotRequired()
            .InstructionsText("[grey](spatie: aan/uit, enter: klaar; niets gekozen: zelf typen)[/]")
            .AddChoices(choices.Select(Label))
            .UseConverter(Markup.Escape));
        return choices.Where(c => picked.Contains(Label(c))).ToList();
    }

    private static string Label(Choice choice) => choice.Description is null ? choice.Label : $"{choice.Label}: {choice.Description}";

    private string TypeYourselfPrompt() => console.Prompt(new TextPrompt<string>("[green]Jij:[/]").AllowEmpty());
}
