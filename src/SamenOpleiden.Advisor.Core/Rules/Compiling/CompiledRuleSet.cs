using NRules;
using NRules.RuleModel;
using SamenOpleiden.Advisor.Core.Rules.Data;

namespace SamenOpleiden.Advisor.Core.Rules.Compiling;

/// <summary>The rule set compiled once per process: one session factory, the data it reads, and what explains each rule.</summary>
internal sealed class CompiledRuleSet(
    string version,
    RuleData data,
    ISessionFactory factory,
    IReadOnlyList<IRuleDefinition> rules,
    IReadOnlyDictionary<string, RuleExplanation> explanations)
{
    public string Version { get; } = version;
    public RuleData Data { get; } = data;
    public ISessionFactory Factory { get; } = factory;

    /// <summary>Every rule, in name order.</summary>
    public IReadOnlyList<IRuleDefinition> Rules { get; } = rules;

    public IReadOnlyDictionary<string, RuleExplanation> Explanations { get; } = explanations;
}
