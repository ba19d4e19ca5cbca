using System.Text.Json;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>
/// Reads labelled texts in JSON Lines: the recogniser's examples (<c>rules/examples/*.jsonl</c>) and the
/// evaluation sets (format in <c>tests/.../TestData/recognition/README.md</c>). A line that is not well formed
/// is named with its fault, in Dutch, for the coordinator who adds examples.
/// </summary>
public static class LabelledTextFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The texts of <paramref name="path"/>; throws <see cref="FormatException"/> naming the first line that is not well formed.</summary>
    public static IReadOnlyList<LabelledText> Read(string path, TypologyModel typology)
    {
        var (items, faults) = Check(path, typology);
        return faults.Count > 0 ? throw new FormatException($"{Path.GetFileName(path)} {faults[0]}") : items;
    }

    /// <summary>The well-formed texts of <paramref name="path"/> and a fault ("regel N: ...") for every other line.</summary>
    public static (IReadOnlyList<LabelledText> Items, IReadOnlyList<string> Faults) Check(string path, TypologyModel typology)
    {
        var items = new List<LabelledText>();
        var faults = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var where = $"regel {i + 1}";
            LabelledText? item;
            try
            {
                item = JsonSerializer.Deserialize<LabelledText>(lines[i], Json);
            }
            catch (JsonException e)
            {
                faults.Add($"{where}: geen JSON-object van een gelabelde tekst ({e.Message})");
                continue;
            }

            var fault = item switch
            {
                null => "leeg",
                { Id: null or "" } => "geen id",
                _ when !ids.Add(item.Id) => $"id '{item.Id}' staat er twee keer in",
                _ when typology.Find(item.FocusPoint ?? "") is null => $"onbekend focuspunt '{item.FocusPoint}'",
                { Phase: < 1 or > 3 } => $"fase {item.Phase} is niet 1-3",
                { Also: { } also } when Math.Abs(also - item.Phase) != 1 => $"also {also} grenst niet aan fase {item.Phase}",
                { Text: null or "" } => "geen tekst",
                _ => null,
            };
            if (fault is null)
            {
                items.Add(item! with { Kind = item.Kind ?? "plain" });
            }
            else
            {
                faults.Add($"{where}: {fault}");
            }
        }

        return (items, faults);
    }
}
