using System.Text.RegularExpressions;
using SamenOpleiden.Advisor.Conversation.Recognition;

namespace SamenOpleiden.Advisor.Conversation.Dialog.Profile;

/// <summary>Readers for the kinds of profile answer: a name, a choice among words, a number, a percentage, sectors.</summary>
internal static partial class ProfileParsers
{
    public const string DontKnow = "weet ik niet";

    private static readonly string[] NumberWords =
        ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"];

    private static readonly (string Word, string[] Sectors)[] SectorWords =
    [
        ("po", ["po"]), ("primair", ["po"]), ("basisonderwijs", ["po"]),
        ("vo", ["vo"]), ("voortgezet", ["vo"]),
        ("mbo", ["mbo"]),
        ("vso", ["vso"]), ("so", ["so"]), ("speciaal", ["so", "vso"]),
    ];

    private static readonly string[] SectorOrder = ["po", "vo", "mbo", "vso", "so"];

    public static bool IsDontKnow(string text) =>
        EditDistance.IsClose(TextNormalizer.Normalize(text), DontKnow) || TextNormalizer.Normalize(text) is "onbekend" or "geen idee";

    /// <summary>A short free text with at least one letter, e.g. a region name or a role.</summary>
    public static string? Text(string text, int maxLength)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= maxLength && trimmed.Any(char.IsLetter) ? trimmed : null;
    }

    /// <summary>A name (of a region, a role): short text, but not a bare "ja" or "nee", which answer something else.</summary>
    public static string? Name(string text, int maxLength) => YesNo.Read(text) is null ? Text(text, maxLength) : null;

    /// <summary>The option whose word (or synonym) the text is or starts with, up to a typo.</summary>
    public static string? OneOf(string text, IReadOnlyList<(string Value, string[] Words)> options)
    {
        var words = TextNormalizer.Words(text);
        var matches = options
            .Where(o => o.Words.Any(w => words.Any(typed => EditDistance.IsClose(typed, w))))
            .Select(o => o.Value)
            .Distinct()
            .ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>A whole number in <paramref name="min"/>..<paramref name="max"/>, written in digits or as a Dutch word.</summary>
    public static int? Number(string text, int min, int max)
    {
        var digits = DigitsPattern().Match(text);
        int? value = digits.Success
            ? int.TryParse(digits.Value, out var parsed) ? parsed : null
            : TextNormalizer.Words(text).Select(w => Array.IndexOf(NumberWords, w)).FirstOrDefault(i => i >= 0, -1) is var index and >= 0 ? index : null;
        return value is { } v && v >= min && v <= max ? v : null;
    }

    /// <summary>The sectors named in text such as "po, vo en mbo" or "(v)so", in a fixed order; empty when none.</summary>
    public static IReadOnlyList<string> Sectors(string text)
    {
        var found = new HashSet<string>();
        if (text.Contains("(v)so", StringComparison.OrdinalIgnoreCase))
        {
            found.UnionWith(["vso", "so"]);
        }

        foreach (var word in TextNormalizer.Words(text.Replace("(v)so", " ", StringComparison.OrdinalIgnoreCase)))
        {
            if (word is "alle" or "allemaal")
            {
                found.UnionWith(SectorOrder);
            }

            foreach (var (sectorWord, sectors) in SectorWords)
            {
                if (word == sectorWord || (sectorWord.Length > 3 && EditDistance.IsClose(word, sectorWord)))
                {
                    found.UnionWith(sectors);
                }
            }
        }

        return SectorOrder.Where(found.Contains).ToList();
    }

    [GeneratedRegex(@"\d{1,4}")]
    private static partial Regex DigitsPattern();
}
