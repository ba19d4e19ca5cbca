using SamenOpleiden.Advisor.Core.Rules;
namespace SamenOpleiden.Advisor.Rephrasing.Prompts;

/// <summary>
/// Checks <c>prompts/</c> the way the rephraser will load it: readable YAML, a Semantic Kernel
/// template whose variables are known and present, data only in the user message, and styles.
/// For the <c>rules validate</c> verb and start-up.
/// </summary>
public static class PromptValidator
{
    /// <summary>Every problem in <paramref name="promptsDirectory"/>; empty when the prompts can be used.</summary>
    public static IReadOnlyList<PromptProblem> Validate(string promptsDirectory) => PromptSetLoader.Load(promptsDirectory).Problems;

    /// <summary>The prompt version (content hash of the folder), shown next to the rules version; null when the folder is missing.</summary>
    public static string? VersionOf(string promptsDirectory) =>
        Directory.Exists(promptsDirectory) ? ContentHash.OfDirectory(promptsDirectory) : null;
}
