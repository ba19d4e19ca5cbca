using System.Globalization;
using SamenOpleiden.Advisor.Conversation.Replies;

namespace SamenOpleiden.Advisor.Host.Cli.Chat;

/// <summary>Replies as plain text, for scripts and pipes: no colours, no cursor tricks, one reply after another.</summary>
internal sealed class PlainReplyWriter(TextWriter output)
{
    public void Write(IEnumerable<Reply> replies)
    {
        foreach (var reply in replies)
        {
            output.WriteLine(Render(reply));
            output.WriteLine();
        }

        output.Flush();
    }

    public static string Render(Reply reply) => reply switch
    {
        TextReply text => Plain(text.Text),
        QuestionReply question => Question(question),
        SummaryReply summary => string.Join(Environment.NewLine,
            new[] { summary.Title }.Concat(summary.Facts.Select(f => $"  {f.Label}: {f.Value}")).Concat(summary.Footer is null ? [] : [summary.Footer])),
        AdviceStepReply step => Step(step),
        ResultReply result => Result(result),
        ReportLinkReply link => $"{link.Text}{Environment.NewLine}{link.Url}",
        FormReply form => string.Join(Environment.NewLine, new[] { form.Text }.Concat(form.Fields.Select(f => $"  - {f.Label}"))),
        _ => reply.ToString() ?? "",
    };

    private static string Question(QuestionReply question)
    {
        var lines = new List<string>();
        if (question.Progress is { } progress)
        {
            lines.Add($"[{progress.Label}]");
        }

        lines.Add(question.Text);
        lines.AddRange(Numbered(question.Choices));
        if (question.AllowsSeveral)
        {
            lines.Add("Meer dan één? Typ de nummers of namen met komma's, bijvoorbeeld: 1, 2, 3");
        }

        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>"  1. Fase 1: descriptor", "  3. Geen van beide  (typ: nee)": the number or the value answers with the choice.</summary>
    private static IEnumerable<string> Numbered(IReadOnlyList<Choice>? choices)
    {
        var list = choices ?? [];
        var numbers = OfferedChoices.Numbers(list);
        return list.Select((c, i) =>
            $"  {(numbers[i] is { } n ? $"{n}." : "-")} {c.Label}{(c.Description is null ? "" : $": {c.Description}")}" +
            (string.Equals(c.Label, c.Value, StringComparison.OrdinalIgnoreCase) || c.Value == numbers[i]?.ToString(CultureInfo.InvariantCulture) ? "" : $"  (typ: {c.Value})"));
    }

    private static string Result(ResultReply result)
    {
        var lines = new List<string> { $"Typering: {result.Typering}", Plain(result.Summary), "", "Jullie fase per focuspunt" };
        lines.AddRange(result.Phases.Select(f => $"  {f.Label}: {f.Value}"));
        lines.Add($"  ({result.PhaseLegend})");
        lines.Add("");
        lines.Add(Step(result.Step with { Choices = null }));
        lines.AddRange(Numbered(result.Actions));
        return string.Join(Environment.NewLine, lines);
    }

    private static string Step(AdviceStepReply step)
    {
        var lines = new List<string> { step.Title };
        foreach (var item in step.Items)
        {
            lines.Add($"  * {item.Title} ({item.Subtitle})");
            lines.AddRange(item.Actions.Select(a => $"      - {a}"));
            lines.Add($"      Wie: {item.Who}. Wanneer: {item.Horizon}.{(item.Instrument is null ? "" : $" Instrument: {item.Instrument}.")}");
        }

        if (step.Footer is not null)
        {
            lines.Add(step.Footer);
        }

        lines.AddRange(Numbered(step.Choices));
        return string.Join(Environment.NewLine, lines);
    }

    private static string Plain(string markdown) => markdown.Replace("**", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal);
}
