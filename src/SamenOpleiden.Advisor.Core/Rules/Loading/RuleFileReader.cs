using System.Text.Json;

namespace SamenOpleiden.Advisor.Core.Rules.Loading;

/// <summary>Reads one JSON file of <c>rules/</c>, turning every failure into a problem a coordinator can act on.</summary>
internal sealed class RuleFileReader(string rulesDirectory, List<RuleProblem> problems)
{

    public string Directory { get; } = rulesDirectory;
    public List<RuleProblem> Problems { get; } = problems;

    public string Relative(string path) => Path.GetRelativePath(Directory, path).Replace('\\', '/');

    public void Add(string path, string? rule, string message) => Problems.Add(new RuleProblem(Relative(path), rule, message));

    public T? Read<T>(string path) where T : class
    {
        if (!File.Exists(path))
        {
            Add(path, null, "het bestand ontbreekt");
            return null;
        }

        try
        {
            var value = (T?)JsonSerializer.Deserialize(File.ReadAllText(path), typeof(T), RuleFilesJsonContext.Default);
            if (value is null) Add(path, null, "het bestand is leeg");
            return value;
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (regel {line + 1} in het bestand)" : "";
            Add(path, null, $"dit is geen geldige JSON{where}: {e.Message.Split(" Path:")[0]}");
            return null;
        }
    }
}
