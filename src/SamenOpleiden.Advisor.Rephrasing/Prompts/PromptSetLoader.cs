using SamenOpleiden.Advisor.Core.Rules;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.SemanticKernel;
using YamlDotNet.Core;

namespace SamenOpleiden.Advisor.Rephrasing.Prompts;

/// <summary>Loads <c>prompts/</c> and names every fault, so a coordinator's edit fails loudly instead of silently.</summary>
internal static class PromptSetLoader
{
    /// <summary>The prompts in <paramref name="promptsDirectory"/>, or null with every problem found.</summary>
    public static (PromptSet? Prompts, IReadOnlyList<PromptProblem> Problems) Load(string promptsDirectory)
    {
        if (!Directory.Exists(promptsDirectory))
        {
            return (null, [new PromptProblem("prompts/", $"de map met prompts bestaat niet: {promptsDirectory}")]);
        }

        var problems = new List<PromptProblem>();
        var template = LoadTemplate(promptsDirectory, PromptFiles.Advice, problems);
        var reading = LoadTemplate(promptsDirectory, PromptFiles.Reading, problems);
        var styles = LoadStyles(promptsDirectory, problems);
        return template is null || reading is null || styles is null || problems.Count > 0
            ? (null, problems)
            : (new PromptSet(template, reading, styles, ContentHash.OfDirectory(promptsDirectory)), problems);
    }

    private static PromptTemplateConfig? LoadTemplate(string directory, PromptSpec spec, List<PromptProblem> problems)
    {
        var json = ReadYaml(directory, spec.File, problems);
        if (json is null)
        {
            return null;
        }

        PromptTemplateConfig config;
        try
        {
            config = PromptTemplateConfig.FromJson(json.ToJsonString());
        }
        catch (Exception e) when (e is JsonException or ArgumentException or NotSupportedException)
        {
            problems.Add(new PromptProblem(spec.File, $"geen geldig Semantic Kernel-promptsjabloon: {e.Message}"));
            return null;
        }

        problems.AddRange(PromptTemplateChecks.Check(config, spec).Select(m => new PromptProblem(spec.File, m)));
        return config;
    }

    private static Dictionary<string, string>? LoadStyles(string directory, List<PromptProblem> problems)
    {
        var json = ReadYaml(directory, PromptFiles.Styles, problems);
        if (json is null)
        {
            return null;
        }

        if (json is not JsonObject map || map.Count == 0)
        {
            problems.Add(new PromptProblem(PromptFiles.Styles, "verwacht per regel een stijl met zijn aanwijzing, zoals 'informeel: Warm en direct.'"));
            return null;
        }

        var styles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in map)
        {
            var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add(new PromptProblem(PromptFiles.Styles, $"de stijl '{name}' heeft geen tekst."));
                continue;
            }

            styles[name] = text.Trim();
        }

        return styles;
    }

    private static JsonNode? ReadYaml(string directory, string file, List<PromptProblem> problems)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            problems.Add(new PromptProblem(file, "het bestand ontbreekt."));
            return null;
        }

        try
        {
            var json = PromptYaml.ToJson(File.ReadAllText(path));
            if (json is null)
            {
                problems.Add(new PromptProblem(file, "het bestand is leeg."));
            }

            return json;
        }
        catch (YamlException e)
        {
            problems.Add(new PromptProblem(file, $"geen leesbare YAML (regel {e.Start.Line}, kolom {e.Start.Column}): {e.InnerException?.Message ?? e.Message}"));
            return null;
        }
    }
}
