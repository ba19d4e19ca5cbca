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
        if (replies.OfType<QuestionReply>().LastOrDefault() is not { } question)
        {
            return console.Prompt(new TextPrompt<string>("[green]Jij:[/]").AllowEmpty());
        }

        if (question.Progress is { } progress)
        {
            var done = (int)Math.Round(20.0 * progress.Current / Math.Max(1, progress.Total));
            console.MarkupLine($"[grey]{new string('█', done)}{new string('░', 20 - done)} {Markup.Escape(progress.Label)}[/]");
        }

        console.MarkupLine($"[bold]{Markup.Escape(question.Text)}[/]");
        if (question.Choices.Count == 0)
        {
            return console.Prompt(new TextPrompt<string>("[green]Jij:[/]").AllowEmpty());
        }

        var labels = question.Choices.Select(c => c.Label).Append(TypeYourself).ToList();
        var chosen = console.Prompt(new SelectionPrompt<string>()
            .PageSize(12)
            .AddChoices(labels)
            .UseConverter(Markup.Escape));
        if (chosen == TypeYourself)
        {
            return console.Prompt(new TextPrompt<string>("[green]Jij:[/]").AllowEmpty());
        }

        // The list disappears once chosen; echo the choice so the transcript on screen stays readable.
        console.MarkupLine($"[green]Jij:[/] {Markup.Escape(chosen)}");
        return question.Choices.First(c => c.Label == chosen).Value;
    }
}
