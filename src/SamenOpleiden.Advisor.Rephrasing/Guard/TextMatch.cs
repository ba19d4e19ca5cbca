using System.Text.RegularExpressions;

namespace SamenOpleiden.Advisor.Rephrasing.Guard;

/// <summary>Word-level text helpers shared by the guard's checks.</summary>
internal static partial class TextMatch
{
    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\p{Mn}'’\-]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\p{N}+")]
    private static partial Regex DigitRunPattern();

    /// <summary>The words of <paramref name="text"/> with their positions, as written.</summary>
    public static IEnumerable<Match> WordMatches(string text) => WordPattern().Matches(text);

    /// <summary>The words of <paramref name="text"/>, lower case.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        WordMatches(text).Select(m => m.Value.ToLowerInvariant().TrimEnd('\'', '’', '-')).ToList();

    /// <summary>Every run of digits, e.g. "1-2 jaar" gives 1 and 2, "€ 5.000" gives 5 and 000.</summary>
    public static IEnumerable<string> DigitRuns(string text) => DigitRunPattern().Matches(text).Select(m => m.Value.TrimStart('0') is "" ? "0" : m.Value.TrimStart('0'));

    /// <summary>True when <paramref name="phrase"/> occurs in <paramref name="text"/> as whole words.</summary>
    public static bool ContainsPhrase(string text, string phrase, bool ignoreCase) =>
        !string.IsNullOrWhiteSpace(phrase) &&
        Regex.IsMatch(text, @"(?<![\p{L}\p{N}])" + Regex.Escape(phrase) + @"(?![\p{L}\p{N}])", ignoreCase ? RegexOptions.IgnoreCase | RegexOptions.CultureInvariant : RegexOptions.None);
}
