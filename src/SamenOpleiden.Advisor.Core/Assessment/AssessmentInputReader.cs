using System.Text.Json;

namespace SamenOpleiden.Advisor.Core.Assessment;

/// <summary>
/// Reads the <c>assess</c> input: <c>{"profile": {...}, "answers": {"&lt;focusId&gt;": 1|2|3|null},
/// "followUpAnswers": {...}, "ambition": ["&lt;focusId&gt;"]}</c>. Any fault becomes one Dutch sentence.
/// </summary>
public static class AssessmentInputReader
{
    /// <summary>Parses <paramref name="json"/>; throws <see cref="AssessmentInputException"/> naming the problem.</summary>
    public static AssessmentInput Parse(string json)
    {
        try
        {
            using var _ = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? $" (regel {l + 1})" : "";
            throw new AssessmentInputException($"dit is geen geldige JSON{line}");
        }

        try
        {
            return JsonSerializer.Deserialize<AssessmentInput>(json, AssessmentJson.Options)
                ?? throw new AssessmentInputException("de invoer is leeg (null)");
        }
        catch (JsonException e)
        {
            var where = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" bij {e.Path.TrimStart('$', '.')}";
            var what = e.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "onbekend veld" : "verkeerd type of ongeldige waarde";
            var line = e.LineNumber is { } l ? $" (regel {l + 1})" : "";
            throw new AssessmentInputException($"{what}{where}{line}");
        }
    }
}
