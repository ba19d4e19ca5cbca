namespace SamenOpleiden.Advisor.Rephrasing.Prompts;

/// <summary>The files of <c>prompts/</c> and the variables the layer fills in for each template.</summary>
internal static class PromptFiles
{
    public const string Template = "rephrase-advice.yaml";
    public const string ReadingTemplate = "read-answer.yaml";
    public const string Styles = "styles.yaml";

    public const string StyleVariable = "style";
    public const string ProfileVariable = "profile";
    public const string TyperingVariable = "typering";
    public const string AdviceVariable = "advice";
    public const string RemarksVariable = "remarks";

    public const string FocusPointVariable = "focusPoint";
    public const string PhasesVariable = "phases";
    public const string AnswerVariable = "answer";

    /// <summary>Rewording the rules' advice: without the advice and the profile the model would not see the rules' result.</summary>
    public static readonly PromptSpec Advice = new(
        Template,
        Provided: [StyleVariable, ProfileVariable, TyperingVariable, AdviceVariable, RemarksVariable],
        Required: [AdviceVariable, ProfileVariable],
        DataOnly: [ProfileVariable, TyperingVariable, AdviceVariable, RemarksVariable]);

    /// <summary>Reading a respondent's own words: without the answer and the phases there is nothing to read.</summary>
    public static readonly PromptSpec Reading = new(
        ReadingTemplate,
        Provided: [FocusPointVariable, PhasesVariable, AnswerVariable],
        Required: [PhasesVariable, AnswerVariable],
        DataOnly: [FocusPointVariable, PhasesVariable, AnswerVariable]);
}

/// <summary>
/// What one template of <c>prompts/</c> may and must use: the variables the layer fills in, those the
/// template needs, and those holding data (some of it the respondent's own words), which may only appear
/// inside a user message.
/// </summary>
internal sealed record PromptSpec(string File, IReadOnlyList<string> Provided, IReadOnlyList<string> Required, IReadOnlyList<string> DataOnly);
