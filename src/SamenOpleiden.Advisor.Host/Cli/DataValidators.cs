using SamenOpleiden.Advisor.Core.Rules;

namespace SamenOpleiden.Advisor.Host.Cli;

/// <summary>
/// The validators of editable data outside the rules core (lexicon, prompts), run by <c>rules validate</c>
/// next to the rules themselves, so a coordinator has one command for everything.
/// </summary>
internal static class DataValidators
{
    public static IEnumerable<RuleProblem> Validate(string rulesDirectory) => [];
}
