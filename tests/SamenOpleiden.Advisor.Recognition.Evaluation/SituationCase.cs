using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Recognition.Evaluation;

/// <summary>
/// One shared case (<c>cases/*.md</c>): its name, the profile lines and the situation text per
/// focus point. The focus point table lists the eleven focus points in typology order.
/// </summary>
public sealed record SituationCase(string File, string Title, IReadOnlyList<string> ProfileLines, IReadOnlyDictionary<string, string> Situations)
{
    public static SituationCase Parse(string path, TypologyModel typology)
    {
        var lines = System.IO.File.ReadAllLines(path);
        var title = lines.First(l => l.StartsWith("# ", StringComparison.Ordinal))[2..].Trim();
        var profile = lines
            .SkipWhile(l => !l.StartsWith("## Profiel", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.TrimStart().StartsWith('-'))
            .Select(l => l.Trim().TrimStart('-').Trim())
            .ToList();
        var rows = lines
            .SkipWhile(l => !l.StartsWith("## Focuspunten", StringComparison.Ordinal))
            .Where(l => l.StartsWith('|'))
            .Skip(2)
            .Select(l => l.Trim('|').Split('|', 2))
            .Where(cells => cells.Length == 2)
            .Select(cells => cells[1].Trim())
            .ToList();
        if (rows.Count != typology.FocusPoints.Count)
        {
            throw new FormatException($"{path}: expected {typology.FocusPoints.Count} focus point rows, found {rows.Count}.");
        }

        var situations = typology.FocusPoints.Select((f, i) => (f.Id, rows[i])).ToDictionary(x => x.Id, x => x.Item2);
        return new SituationCase(Path.GetFileName(path), title, profile, situations);
    }
}
