using SamenOpleiden.Advisor.Conversation.Recognition;
using SamenOpleiden.Advisor.Core.Rules;
using SamenOpleiden.Advisor.Rephrasing.Prompts;

namespace SamenOpleiden.Advisor.Host.Cli;

/// <summary>
/// The validators of editable data outside the rules core (the recogniser's lexicon in rules/, and
/// prompts/), run by <c>rules validate</c> next to the rules, so a coordinator has one command for everything.
/// </summary>
internal static class DataValidators
{
    public static IEnumerable<RuleProblem> Validate(string rulesDirectory, string promptsDirectory) =>
        LexiconValidator.ValidateDirectory(rulesDirectory)
            .Concat(PromptValidator.Validate(promptsDirectory).Select(p => new RuleProblem($"prompts/{p.File}", null, p.Message)));
}
