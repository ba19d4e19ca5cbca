using System.Text.Json;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Rephrasing.Tests.TestSupport;

/// <summary>The real typology from rules/typology.json, so the guard is tested against the names respondents see.</summary>
internal static class TypologyFixture
{
    private static readonly Lazy<TypologyModel> Model = new(Load);

    public static TypologyModel Typology => Model.Value;

    private static TypologyModel Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Rules, "typology.json")));
        var root = document.RootElement;
        var phases = root.GetProperty("phases").EnumerateArray()
            .Select(p => new PhaseDefinition(p.GetProperty("number").GetInt32(), p.GetProperty("name").GetString()!, p.GetProperty("meaning").GetString()!))
            .ToList();
        var focusPoints = root.GetProperty("focusPoints").EnumerateArray()
            .Select(f => new FocusPoint(
                f.GetProperty("id").GetString()!,
                f.GetProperty("name").GetString()!,
                f.GetProperty("longName").GetString()!,
                f.GetProperty("shortName").GetString()!,
                f.GetProperty("question").GetString()!,
                Strings(f.GetProperty("descriptors")),
                Strings(f.GetProperty("synonyms"))))
            .ToList();
        return new TypologyModel(phases, focusPoints);
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();
}
