namespace SamenOpleiden.Advisor.Rephrasing.Prompts;

/// <summary>The files of <c>prompts/</c> and the variables the rephraser fills in.</summary>
internal static class PromptFiles
{
    public const string Template = "rephrase-advice.yaml";
    public const string Styles = "styles.yaml";

    public const string StyleVariable = "style";
    public const string ProfileVariable = "profile";
    public const string TyperingVariable = "typering";
    public const string AdviceVariable = "advice";
    public const string RemarksVariable = "remarks";

    /// <summary>Every variable the rephraser provides.</summary>
    public static readonly IReadOnlySet<string> Provided =
        new HashSet<string>([StyleVariable, ProfileVariable, TyperingVariable, AdviceVariable, RemarksVariable], StringComparer.Ordinal);

    /// <summary>Variables the template must use: without them the model would not see the rules' result.</summary>
    public static readonly IReadOnlyList<string> Required = [AdviceVariable, ProfileVariable];

    /// <summary>Variables holding data (some of it the respondent's own words): only allowed inside a user message.</summary>
    public static readonly IReadOnlySet<string> DataOnly =
        new HashSet<string>([ProfileVariable, TyperingVariable, AdviceVariable, RemarksVariable], StringComparer.Ordinal);
}
