using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Core.Rules;

/// <summary>Loads, validates and compiles <c>rules/</c>.</summary>
public static class RuleSetLoader
{
    /// <summary>Loads the rules in <paramref name="rulesDirectory"/> and compiles them; throws <see cref="RuleSetException"/> naming every fault.</summary>
    public static IAssessmentEvaluator LoadCompiled(string rulesDirectory) =>
        throw new NotImplementedException("The rules core is being written in this commit series.");
}
