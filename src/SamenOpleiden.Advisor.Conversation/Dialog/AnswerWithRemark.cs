namespace SamenOpleiden.Advisor.Conversation.Dialog;

/// <summary>
/// Splits an answer given with a remark in one message — "2, maar HR doet nog niet mee", "fase 1: alleen op papier",
/// "weet ik niet want ik ben nieuw" — at its first separator. The dialog takes the split only when the first part is
/// an answer by itself (a number, a phase, "weet ik niet"); otherwise the whole text is the answer, as before.
/// </summary>
internal static class AnswerWithRemark
{
    /// <summary>Punctuation that ends the answer; it is not part of the remark.</summary>
    private static readonly string[] Marks = [",", ";", ":", " - ", " – ", " — ", "(", "."];

    /// <summary>Words that start the remark; they stay in it ("maar HR doet nog niet mee").</summary>
    private static readonly string[] Words = [" maar ", " want ", " omdat ", " alleen ", " behalve ", " hoewel ", " al "];

    /// <summary>The answer and the remark, or null when the text has no separator or nothing on one side of it.</summary>
    public static (string Answer, string Remark)? Split(string text)
    {
        (int At, int RemarkFrom)? first = null;
        foreach (var mark in Marks)
        {
            var at = text.IndexOf(mark, StringComparison.Ordinal);
            if (at > 0 && (first is null || at < first.Value.At))
            {
                first = (at, at + mark.Length);
            }
        }

        foreach (var word in Words)
        {
            var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && (first is null || at < first.Value.At))
            {
                first = (at, at + 1);
            }
        }

        if (first is not { } split)
        {
            return null;
        }

        var answer = text[..split.At].Trim();
        var remark = text[split.RemarkFrom..].Trim().TrimEnd(')').Trim();
        return answer.Length == 0 || remark.Length == 0 ? null : (answer, remark);
    }
}
