using System.Globalization;
using System.Text.RegularExpressions;
using SamenOpleiden.Advisor.Conversation.Replies;

namespace SamenOpleiden.Advisor.Host.Cli.Chat;

/// <summary>
/// The choices the bot's last replies offer, numbered as the terminal shows them, so typing a choice's number
/// ("1", or "1, 3" where several may be given) answers with that choice.
/// </summary>
internal sealed partial record OfferedChoices(IReadOnlyList<Choice> Choices, bool AllowsSeveral)
{
    /// <summary>The choices of the last reply that offers any, or null.</summary>
    public static OfferedChoices? In(IReadOnlyList<Reply> replies) => replies.Select(Of).LastOrDefault(c => c is not null);

    /// <summary>
    /// The number the terminal shows before each choice, or null for none: a choice whose value is a number (a phase)
    /// has that number, so "2" is phase 2 also where phases 2 and 3 are offered as the first two; the others have their
    /// place in the list unless a phase has that number ("Geen van beide" after phases 2 and 3 is typed as "nee").
    /// </summary>
    public static IReadOnlyList<int?> Numbers(IReadOnlyList<Choice> choices)
    {
        var values = choices.Select(c => int.TryParse(c.Value, out var number) ? number : (int?)null).ToList();
        return [.. values.Select((value, i) => value ?? (values.Contains(i + 1) ? null : i + 1))];
    }

    /// <summary>The line as the bot should read it: chosen values for choice numbers, otherwise the line itself.</summary>
    public string Resolve(string line)
    {
        var numbers = NumberList().Match(line.Trim());
        if (!numbers.Success)
        {
            return line;
        }

        var shown = Numbers(Choices).ToList();
        var picked = numbers.Groups["n"].Captures.Select(c => shown.IndexOf(int.Parse(c.Value, CultureInfo.InvariantCulture))).ToList();
        if ((picked.Count > 1 && !AllowsSeveral) || picked.Any(i => i < 0))
        {
            return line;
        }

        return string.Join(", ", picked.Distinct().Select(i => Choices[i].Value));
    }

    private static OfferedChoices? Of(Reply reply) => reply switch
    {
        QuestionReply { Choices.Count: > 0 } question => new(question.Choices, question.AllowsSeveral),
        AdviceStepReply { Choices.Count: > 0 } step => new(step.Choices, false),
        ResultReply { Actions.Count: > 0 } result => new(result.Actions, false),
        _ => null,
    };

    [GeneratedRegex(@"^(?<n>\d{1,2})(?:\s*(?:,|en|&)\s*(?<n>\d{1,2}))*$")]
    private static partial Regex NumberList();
}
