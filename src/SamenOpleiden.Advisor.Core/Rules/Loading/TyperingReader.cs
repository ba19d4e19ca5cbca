using System.Text.RegularExpressions;
using SamenOpleiden.Advisor.Core.Rules.Data;

namespace SamenOpleiden.Advisor.Core.Rules.Loading;

/// <summary>Reads and checks <c>rules/typering.json</c>: every sentence present, only known placeholders.</summary>
internal static partial class TyperingReader
{
    private static readonly string[] Placeholders = ["{achterblijvers}", "{voorlopers}", "{onbekend}", "{totaal}"];

    [GeneratedRegex(@"\{[a-z]+\}")]
    private static partial Regex Placeholder();

    public static TyperingTexts? Read(RuleFileReader files)
    {
        var path = Path.Combine(files.Directory, "typering.json");
        var file = files.Read<TyperingFile>(path);
        if (file is null) return null;
        var before = files.Problems.Count;
        foreach (var (key, text) in new[]
                 {
                     ("undetermined", file.Undetermined), ("even", file.Even), ("laggards", file.Laggards),
                     ("frontrunners", file.Frontrunners), ("both", file.Both), ("unknown", file.Unknown),
                 })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                files.Add(path, null, $"de tekst '{key}' ontbreekt");
                continue;
            }

            foreach (Match match in Placeholder().Matches(text))
                if (!Placeholders.Contains(match.Value))
                    files.Add(path, null, $"'{key}': onbekende plaatshouder {match.Value}; bekend zijn {string.Join(", ", Placeholders)}");
        }

        return files.Problems.Count > before
            ? null
            : new TyperingTexts(file.Undetermined!, file.Even!, file.Laggards!, file.Frontrunners!, file.Both!, file.Unknown!);
    }
}
