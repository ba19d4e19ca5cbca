using System.Text.RegularExpressions;

namespace SamenOpleiden.Advisor.Recognition.Evaluation;

/// <summary>
/// The reference reading of the cases (<c>expected-phases.md</c>): per case and focus point the
/// phase, and optionally a neighbouring phase that also counts as right ("3 (also 2)").
/// </summary>
public sealed partial class ExpectedPhases
{
    private static readonly IReadOnlyDictionary<string, string> CaseFiles = new Dictionary<string, string>
    {
        ["Vallei & Velden"] = "vallei-en-velden.md",
        ["Stad & Streek"] = "stad-en-streek.md",
        ["Binnenmeren"] = "binnenmeren.md",
    };

    private readonly Dictionary<(string File, string FocusPoint), (int Phase, int? Also)> _expected = [];

    public static ExpectedPhases Parse(string path)
    {
        var result = new ExpectedPhases();
        var rows = File.ReadAllLines(path).Where(l => l.StartsWith('|')).Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();
        var files = rows[0].Skip(1).Select(name => CaseFiles[name]).ToArray();
        foreach (var row in rows.Skip(2))
        {
            for (var i = 0; i < files.Length; i++)
            {
                var match = CellPattern().Match(row[i + 1]);
                result._expected[(files[i], row[0])] = (int.Parse(match.Groups[1].Value), match.Groups[2].Success ? int.Parse(match.Groups[2].Value) : null);
            }
        }

        return result;
    }

    /// <summary>The case files the table covers.</summary>
    public IEnumerable<string> Files => _expected.Keys.Select(k => k.File).Distinct();

    public (int Phase, int? Also) For(string file, string focusPoint) => _expected[(file, focusPoint)];

    [GeneratedRegex(@"^([123])(?:\s*\(also ([123])\))?$")]
    private static partial Regex CellPattern();
}
