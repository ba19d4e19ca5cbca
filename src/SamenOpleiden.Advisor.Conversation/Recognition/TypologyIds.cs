using System.Text.Json;
using SamenOpleiden.Advisor.Core.Typology;

namespace SamenOpleiden.Advisor.Conversation.Recognition;

/// <summary>Reads just enough of <c>typology.json</c> (the focus point ids) to validate the lexicon on its own.</summary>
internal static class TypologyIds
{
    public static TypologyModel? Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var focusPoints = document.RootElement.GetProperty("focusPoints").EnumerateArray()
                .Select(f => f.GetProperty("id").GetString()!)
                .Select(id => new FocusPoint(id, id, id, id, "", [], []))
                .ToList();
            return new TypologyModel([], focusPoints);
        }
        catch (Exception e) when (e is IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }
}
