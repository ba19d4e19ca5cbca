using SamenOpleiden.Advisor.Core.Assessment;

namespace SamenOpleiden.Advisor.Core.Rules;

/// <summary>A RulesEngine workflow whose rules were compiled once; evaluation is a loop over delegates.</summary>
internal sealed class CompiledWorkflow(string name, IReadOnlyList<CompiledRule> rules)
{
    public string Name { get; } = name;
    public IReadOnlyList<CompiledRule> Rules { get; } = rules;

    /// <summary>The rules that match, in file order.</summary>
    public IEnumerable<CompiledRule> Matching(object[] inputs)
    {
        foreach (var rule in Rules)
            if (rule.Matches(inputs)) yield return rule;
    }

    /// <summary>The first matching rule that sets <paramref name="property"/>, or null.</summary>
    public CompiledRule? First(object[] inputs, string property)
    {
        foreach (var rule in Rules)
            if (rule.Properties.ContainsKey(property) && rule.Matches(inputs)) return rule;
        return null;
    }

    public static List<RuleTrace> Traces(IEnumerable<CompiledRule> fired, object[] inputs) =>
        fired.Select(rule => rule.Trace(inputs)).ToList();
}
