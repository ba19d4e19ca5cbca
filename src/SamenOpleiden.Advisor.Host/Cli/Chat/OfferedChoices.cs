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

    /// <summary>The line as the bot should read it: chosen values for choice numbers, otherwise the line itself.</summary>
    public string Resolve(string line)
    {
        var numbers = NumberList().Match(line.Trim());
        if (!numbers.Success)
        {
            return line;
        }

        var picked = numbers.Groups["n"].Captures.Select(c => int.Parse(c.Value)).ToList();
        if ((picked.Count > 1 && !AllowsSeveral) || picked.Any(n => n < 1 || n > Choices.Count))
        {
            return line;
        }

        return string.Join(", ", picked.Distinct().Select(n => Choices[n - 1].Value));
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
