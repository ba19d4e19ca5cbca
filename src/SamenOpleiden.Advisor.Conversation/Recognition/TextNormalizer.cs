using System.Globalization;
using System.Text;

namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>Makes typed text comparable: lower case, no diacritics, punctuation as spaces, single spaces.</summary>
public static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>The normalised words of <paramref name="text"/>.</summary>
    public static string[] Words(string? text) =>
        Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
