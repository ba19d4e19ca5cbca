using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Rephrasing;

/// <summary>What to rephrase: the rules' result, in which style, and the respondent's remarks as quoted data.</summary>
/// <param name="Result">The rules' result; its advice items and profile are what the model sees.</param>
/// <param name="Style">A style of <c>prompts/styles.yaml</c>, or null for the configured default.</param>
/// <param name="Remarks">
/// Focus point id to the respondent's remark. Free text from the respondent: it is sent as clearly
/// delimited, quoted data, never as instructions, and an answer that echoes it is refused.
/// </param>
public sealed record RephrasingRequest(
    AssessmentResult Result,
    string? Style = null,
    IReadOnlyDictionary<string, string>? Remarks = null);
