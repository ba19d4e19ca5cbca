using System.Text.Json;
using System.Text.RegularExpressions;
using SamenOpleiden.Advisor.Core.Advice;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Core.Rules.Loading;

/// <summary>
/// Checks what a rule does (its Properties) and the focus point ids its expression names, per
/// workflow, so a typo in an id is caught on load instead of silently never firing.
/// </summary>
internal sealed partial class RuleEffectChecker(TypologyModel typology, IReadOnlyList<AdviceDefinition> advice)
{
    private static readonly string[] PhaseSources = ["adjusted", "chosen", "unknown"];
    private static readonly string[] ShapePlaceholders = ["{fase}", "{achterblijvers}", "{voorlopers}", "{onbekend}"];

    [GeneratedRegex("""phase\s*\[\s*"(?<id>[^"]*)"\s*\]|FocusPoint\s*[!=]=\s*"(?<id>[^"]*)"|"(?<id>[^"]*)"\s*[!=]=\s*c\.FocusPoint""")]
    private static partial Regex FocusReference();

    [GeneratedRegex(@"\{[a-z]+\}")]
    private static partial Regex Placeholder();

    public bool Check(RuleFileReader files, string path, string workflow, string rule, string expression, IReadOnlyDictionary<string, JsonElement> properties)
    {
        var before = files.Problems.Count;
        foreach (Match match in FocusReference().Matches(expression))
            RequireFocusPoint(files, path, rule, match.Groups["id"].Value);

        switch (workflow)
        {
            case "Phase":
                RequireText(files, path, rule, properties, "source", PhaseSources);
                break;
            case "Consistency":
                if (RequireText(files, path, rule, properties, "focusPoint") is { } focusPoint) RequireFocusPoint(files, path, rule, focusPoint);
                RequireText(files, path, rule, properties, "question");
                RequireNumber(files, path, rule, properties, "suggestedPhase", 1, 3);
                break;
            case "RegionPhase":
                RequireNumber(files, path, rule, properties, "phase", 0, 3);
                break;
            case "TyperingShape":
                CheckShape(files, path, rule, properties);
                break;
            case "ExtraAdvice":
                CheckExtraAdvice(files, path, rule, properties);
                break;
            case "Priority":
                RequireNumber(files, path, rule, properties, "weight", -1000, 1000);
                break;
        }

        return files.Problems.Count == before;
    }

    private void CheckExtraAdvice(RuleFileReader files, string path, string rule, IReadOnlyDictionary<string, JsonElement> properties)
    {
        RequireNumber(files, path, rule, properties, "weight", -1000, 1000);
        var adviceId = Text(properties, "advice");
        var boost = Text(properties, "boost");
        if ((adviceId is null) == (boost is null))
            files.Add(path, rule, "geef in Properties óf 'advice' (een advies uit advice/extra.json) óf 'boost' (een focuspunt)");
        if (adviceId is not null && !advice.Any(a => a.Id == adviceId && a.Transition is null))
            files.Add(path, rule, $"onbekend advies '{adviceId}'; extra adviezen staan in advice/extra.json");
        if (boost is not null) RequireFocusPoint(files, path, rule, boost);
    }

    private static void CheckShape(RuleFileReader files, string path, string rule, IReadOnlyDictionary<string, JsonElement> properties)
    {
        var text = Text(properties, "summary") ?? Text(properties, "append");
        if (text is null)
        {
            files.Add(path, rule, "geef in Properties een 'summary' of een 'append' tekst");
            return;
        }

        foreach (Match match in Placeholder().Matches(text))
            if (!ShapePlaceholders.Contains(match.Value))
                files.Add(path, rule, $"onbekende plaatshouder {match.Value}; bekend zijn {string.Join(", ", ShapePlaceholders)}");
    }

    private void RequireFocusPoint(RuleFileReader files, string path, string rule, string id)
    {
        if (typology.Find(id) is null)
            files.Add(path, rule, $"onbekend focuspunt '{id}'; bekend zijn: {string.Join(", ", typology.FocusPoints.Select(f => f.Id))}");
    }

    private static string? RequireText(RuleFileReader files, string path, string rule, IReadOnlyDictionary<string, JsonElement> properties, string key, string[]? allowed = null)
    {
        var text = Text(properties, key);
        if (string.IsNullOrWhiteSpace(text)) files.Add(path, rule, $"Properties.{key} ontbreekt of is geen tekst");
        else if (allowed is not null && !allowed.Contains(text)) files.Add(path, rule, $"Properties.{key} moet een van {string.Join(", ", allowed)} zijn, niet '{text}'");
        return text;
    }

    private static void RequireNumber(RuleFileReader files, string path, string rule, IReadOnlyDictionary<string, JsonElement> properties, string key, int min, int max)
    {
        if (!properties.TryGetValue(key, out var value) || value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
            files.Add(path, rule, $"Properties.{key} ontbreekt of is geen geheel getal");
        else if (number < min || number > max)
            files.Add(path, rule, $"Properties.{key} moet tussen {min} en {max} liggen, niet {number}");
    }

    private static string? Text(IReadOnlyDictionary<string, JsonElement> properties, string key) =>
        properties.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
