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
        ReportLinkReply link => $"{link.Text}{Environment.NewLine}{link.Url}",
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
        lines.AddRange(question.Choices.Select(c =>
            string.Equals(c.Label, c.Value, StringComparison.OrdinalIgnoreCase) ? $"  - {c.Label}" : $"  - {c.Label}  (typ: {c.Value})"));
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

        return string.Join(Environment.NewLine, lines);
    }

    private static string Plain(string markdown) => markdown.Replace("**", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal);
}
