using System.Globalization;

namespace SamenOpleiden.Advisor.Conversation.Dialog;

/// <summary>
/// Checks every message before it is read: nothing, too long, control characters, emoji, or text
/// that looks like code is answered with a Dutch explanation and never reaches the answers.
/// </summary>
internal static class InputGuard
{
    public const int MaxLength = 1000;

    private static readonly string[] CodeMarkers = ["--", "/*", "*/", "<", ">", "{", "}", "`", "\\", "=", "|"];

    /// <summary>The Dutch explanation of what is wrong with <paramref name="text"/>, or null when it can be read.</summary>
    public static string? Problem(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "Ik heb geen tekst ontvangen.";
        }

        if (text.Length > MaxLength)
        {
            return $"Dat bericht is erg lang. Houd het bij hooguit {MaxLength} tekens.";
        }

        foreach (var c in text)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                return "Je bericht bevat onzichtbare stuurtekens. Typ je antwoord gewoon als tekst.";
            }

            if (category is UnicodeCategory.OtherSymbol or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.Format)
            {
                return "Ik kan alleen met letters, cijfers en gewone leestekens werken (geen emoji).";
            }
        }

        if (CodeMarkers.Any(text.Contains))
        {
            return "Gebruik gewone tekst, zonder tekens als < > { } = of --.";
        }

        return null;
    }
}
