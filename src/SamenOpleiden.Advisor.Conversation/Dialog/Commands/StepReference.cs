namespace SamenOpleiden.Advisor.Conversation.Dialog.Commands;

/// <summary>A roadmap step named by the respondent: "stap 2", "stap twee", "de tweede stap".</summary>
internal static class StepReference
{
    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["1"] = 1, ["een"] = 1, ["eerste"] = 1,
        ["2"] = 2, ["twee"] = 2, ["tweede"] = 2,
        ["3"] = 3, ["drie"] = 3, ["derde"] = 3,
        // Numbers past the roadmap's steps still name a step, so the respondent hears how many there are.
        ["4"] = 4, ["vier"] = 4, ["vierde"] = 4, ["5"] = 5, ["vijf"] = 5, ["vijfde"] = 5,
    };

    /// <summary>The step number in a normalised text that is only a step ("stap 2", "de derde stap"), else null.</summary>
    public static int? Parse(string normalized)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("de" or "het" or "van")).ToArray();
        return words switch
        {
            ["stap", var number] when Numbers.TryGetValue(number, out var step) => step,
            [var ordinal, "stap"] when Numbers.TryGetValue(ordinal, out var step) => step,
            _ => null,
        };
    }
}
