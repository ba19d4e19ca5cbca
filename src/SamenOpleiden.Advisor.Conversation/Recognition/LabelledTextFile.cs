using System.Text.Json;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// Reads a set of labelled texts in JSON Lines (<c>TestData/recognition/*.jsonl</c>, format in
/// <c>TestData/recognition/README.md</c>) and refuses a line that is not well formed, naming it.
/// </summary>
public static class LabelledTextFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<LabelledText> Read(string path, TypologyModel typology)
    {
        var items = new List<LabelledText>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var where = $"{Path.GetFileName(path)} line {i + 1}";
            LabelledText? item;
            try
            {
                item = JsonSerializer.Deserialize<LabelledText>(lines[i], Json);
            }
            catch (JsonException e)
            {
                throw new FormatException($"{where}: not a JSON object of a labelled text ({e.Message})", e);
            }

            var fault = item switch
            {
                null => "empty",
                { Id: null or "" } => "no id",
                _ when !ids.Add(item.Id) => $"id '{item.Id}' appears twice",
                _ when typology.Find(item.FocusPoint ?? "") is null => $"unknown focus point '{item.FocusPoint}'",
                { Phase: < 1 or > 3 } => $"phase {item.Phase} is not 1-3",
                { Also: { } also } when Math.Abs(also - item.Phase) != 1 => $"also {also} is not a neighbour of phase {item.Phase}",
                { Text: null or "" } => "no text",
                _ => null,
            };
            if (fault is not null)
            {
                throw new FormatException($"{where}: {fault}");
            }

            items.Add(item! with { Kind = item.Kind ?? "plain" });
        }

        return items;
    }
}
