using System.Text;
using SamenOpleiden.Advisor.Core.Typology;
using SamenOpleiden.Advisor.Rephrasing.Prompts;

namespace SamenOpleiden.Advisor.Rephrasing.Reading;

/// <summary>
/// The values for <c>read-answer.yaml</c>: the focus point with its question, its three phases with their
/// descriptors, and the respondent's answer as a delimited quote, the delimiters stripped from the answer so
/// it cannot close its own quote.
/// </summary>
internal static class ReadingArguments
{
    public const int MaxAnswerLength = 1000;

    public static Dictionary<string, object?> Build(AnswerReadingRequest request, TypologyModel typology)
    {
        var focusPoint = typology.Get(request.FocusPointId);
        var phases = new StringBuilder();
        for (var phase = 1; phase <= focusPoint.Descriptors.Count; phase++)
        {
            phases.Append("Fase ").Append(phase).Append(" (").Append(typology.Phase(phase).Name).Append("): ").Append(focusPoint.DescriptorOf(phase)).Append('\n');
        }

        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [PromptFiles.FocusPointVariable] = $"{focusPoint.Name}\n{focusPoint.Question}",
            [PromptFiles.PhasesVariable] = phases.ToString().TrimEnd(),
            [PromptFiles.AnswerVariable] = $"[ANTWOORD]\n{Clean(request.Answer)}\n[EINDE ANTWOORD]",
        };
    }

    /// <summary>The answer as the model sees it; the quote it gives must occur in this text.</summary>
    public static string Clean(string answer)
    {
        var clean = answer.Replace('[', '(').Replace(']', ')').Trim();
        return clean.Length > MaxAnswerLength ? clean[..MaxAnswerLength] : clean;
    }
}
