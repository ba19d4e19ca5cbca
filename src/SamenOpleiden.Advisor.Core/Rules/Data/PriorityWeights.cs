using System.Reflection;
using NRules.Fluent.Dsl;

namespace SamenOpleiden.Advisor.Core.Rules.Data;

/// <summary>The weights of the priority rules written in C# (<c>rules/priority.json</c>, <c>weights</c>), by rule name.</summary>
public sealed class PriorityWeights(IReadOnlyDictionary<string, int> byRuleName)
{
    public IReadOnlyDictionary<string, int> ByRuleName { get; } = byRuleName;

    /// <summary>The weight of the rule class <typeparamref name="TRule"/>, found by its <see cref="NameAttribute"/>.</summary>
    public int For<TRule>() where TRule : Rule => For(typeof(TRule));

    /// <summary>The weight of the rule class <paramref name="ruleType"/>, found by its <see cref="NameAttribute"/>.</summary>
    public int For(Type ruleType)
    {
        var name = NameOf(ruleType);
        return ByRuleName.TryGetValue(name, out var weight)
            ? weight
            : throw new InvalidOperationException($"priority.json: 'weights' heeft geen gewicht voor regel '{name}'");
    }

    /// <summary>The rule name a rule class declares with <see cref="NameAttribute"/>.</summary>
    public static string NameOf(Type ruleType) =>
        ruleType.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(NameAttribute))?.ConstructorArguments[0].Value as string
        ?? throw new InvalidOperationException($"{ruleType.Name} heeft geen [Name]");
}
