using NRules.Fluent;
using NRules.Fluent.Dsl;
using SamenOpleiden.Advisor.Core.Rules.Data;

namespace SamenOpleiden.Advisor.Core.Rules.Compiling;

/// <summary>
/// Instantiates the rule classes of the rule set: a class whose constructor takes a row type gets one instance per row
/// of that table (<see cref="RuleData.RowsOf"/>), any other gets one instance with what its constructor asks for
/// (<see cref="RuleData.Service"/>).
/// </summary>
internal sealed class RowRuleActivator(RuleData data) : IRuleActivator
{
    private readonly List<Rule> _activated = [];

    /// <summary>Every rule instance made so far, in order.</summary>
    public IReadOnlyList<Rule> Activated => _activated;

    public IEnumerable<Rule> Activate(Type type)
    {
        var constructor = type.GetConstructors().Single();
        var parameters = constructor.GetParameters();
        var rules = parameters is [var only] && data.RowsOf(only.ParameterType) is { } rows
            ? rows.Select(row => (Rule)constructor.Invoke([row])).ToList()
            : [(Rule)constructor.Invoke(parameters.Select(p => data.Service(p.ParameterType)
                ?? throw new InvalidOperationException($"{type.Name} vraagt om {p.ParameterType.Name}, en dat kan de regelset niet geven")).ToArray())];
        _activated.AddRange(rules);
        return rules;
    }
}
